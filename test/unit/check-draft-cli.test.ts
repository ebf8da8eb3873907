/**
 * Spawns the real command, as outside tests do: `npm run check-draft -- FILE ...` must print
 * exactly one JSON object on stdout (no npm banner, no tsx noise) and fail loudly on bad input.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../src/domain/finding';
import { PlannedStepSchema } from '../../src/domain/step';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join('test/fixtures/drafts', name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], input?: string, cwd = root): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const viaNpm = (...args: string[]) => run('npm', ['run', 'check-draft', '--', ...args]);
// Direct tsx runs are faster for the error cases; the npm path is covered separately.
const direct = (args: string[], input?: string) => run(process.execPath, ['--import', 'tsx', 'src/cli/check-draft.ts', ...args], input);

describe('npm run check-draft', { timeout: 60_000 }, () => {
  it('prints only one JSON object on stdout (no npm banner) with findings and steps', async () => {
    const r = await viaNpm(fixture('tianjin-new-2019.json'), '--as-of', '2019-03-01');
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart().startsWith('{')).toBe(true);
    const out = JSON.parse(r.stdout) as { findings: unknown[]; steps: { id: string; mobile?: string; deadline?: string; validityHours?: number; done: boolean }[] };
    expect(Array.isArray(out.findings)).toBe(true);
    for (const f of out.findings) expect(FindingSchema.safeParse(f).success).toBe(true);
    for (const s of out.steps) expect(PlannedStepSchema.safeParse(s).success).toBe(true);
    const sms = out.steps.filter((s) => s.id === 'sms-verification');
    expect(sms.map((s) => s.mobile)).toEqual(['13800138000', '13900139000']);
    // Submitted 2019-03-01 10:00 Beijing; 24 h validity in force on that day.
    expect(sms.map((s) => [s.validityHours, s.deadline])).toEqual([
      [24, '2019-03-02T02:00:00.000Z'],
      [24, '2019-03-02T02:00:00.000Z'],
    ]);
    // The file's progress is honoured.
    expect(out.steps.find((s) => s.id === 'document-upload')?.done).toBe(true);
  });

  it('resolves FILE against the directory npm was run from', async () => {
    const r = await run('npm', ['run', 'check-draft', '--', 'drafts/shared-mobile-2021.json', '--as-of', '2021-01-01'], undefined, join(root, 'test/fixtures'));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { filingType: string }).filingType).toBe('new-website');
  });
});

describe('check-draft', { timeout: 60_000 }, () => {
  it('judges by --as-of: 48 h and the provincial site in 2018, nothing for Beijing before 2020-08-17', async () => {
    const early = JSON.parse((await direct([fixture('tianjin-new-2019.json'), '--as-of=2018-06-01'])).stdout) as { steps: { id: string; validityHours?: number; link?: { url: string } }[] };
    const sms = early.steps.filter((s) => s.id === 'sms-verification');
    expect(sms.map((s) => [s.validityHours, s.link?.url])).toEqual([
      [48, 'http://tjcainfo.miitbeian.gov.cn'],
      [48, 'http://tjcainfo.miitbeian.gov.cn'],
    ]);
    const [before, after] = await Promise.all([
      direct([fixture('shared-mobile-2021.json'), '--as-of', '2020-08-16']),
      direct([fixture('shared-mobile-2021.json'), '--as-of', '2020-08-17']),
    ]);
    const count = (r: Run) => (JSON.parse(r.stdout) as { steps: { id: string }[] }).steps.filter((s) => s.id === 'sms-verification').length;
    expect(count(before)).toBe(0);
    // Both principals share one mobile: one SMS step.
    expect(count(after)).toBe(1);
  });

  it('defaults to today and reads stdin with "-"', async () => {
    const text = readFileSync(join(root, fixture('shared-mobile-2021.json')), 'utf8');
    const r = await direct(['-'], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { asOf: string };
    expect(out.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('--format text prints a table', async () => {
    const r = await direct([fixture('tianjin-new-2019.json'), '--as-of', '2019-03-01', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^STATUS\s+STEP\s+DEADLINE\s+TITLE$/m);
    expect(r.stdout).toMatch(/^open\s+sms-verification\s+2019-03-02 10:00 CST\s+SMS verification: 13800138000/m);
  });

  // Each bad-input kind once through the real process (wiring of stderr and exit codes); the
  // full list of messages is unit-tested in src/cli/check-draft-core.test.ts.
  it('bad input: non-zero exit, one line on stderr naming the problem, nothing on stdout', async () => {
    const cases = [
      [[fixture('not-json.json')], /not-json\.json: not JSON/, 1],
      [[fixture('unknown-filing-type.json')], /unknown-filing-type\.json: invalid draft: filingType: unknown filing type "renew"/, 1],
      [[fixture('missing.json')], /cannot read test\/fixtures\/drafts\/missing\.json: no such file/, 1],
      [[fixture('shared-mobile-2021.json'), '--as-of', '2019-02-30'], /--as-of: expected a date YYYY-MM-DD, got "2019-02-30"/, 2],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => direct([...args])));
    results.forEach((r, i) => {
      const [, message, code] = cases[i]!;
      expect(r.code, String(message)).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  });
});
