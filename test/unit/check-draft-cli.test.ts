/**
 * Spawns the real command, as outside tests do: `npm run check-draft -- FILE ...` must print
 * exactly one JSON object on stdout (no npm banner, no tsx noise) and fail loudly on bad input.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft, loadDraft, toJson } from '../../src/cli/check-draft-core';
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

  it('accepts a UTF-8 BOM and refuses GBK with an encoding message (issue 13)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-draft-'));
    const text = readFileSync(join(root, fixture('tianjin-new-2019.json')), 'utf8');
    writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    // {"format":"icp-filing-draft","version":1,"filingType":"new","fields":{"subject.province":"天津市"}} in GBK.
    const gbk = Buffer.concat([
      Buffer.from('{"format":"icp-filing-draft","version":1,"filingType":"new","fields":{"subject.province":"'),
      Buffer.from([0xcc, 0xec, 0xbd, 0xf2, 0xca, 0xd0]),
      Buffer.from('"}}'),
    ]);
    writeFileSync(join(dir, 'gbk.json'), gbk);
    const [bom, bad] = await Promise.all([direct([join(dir, 'bom.json'), '--as-of', '2019-03-01']), direct([join(dir, 'gbk.json')])]);
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.stdout)).toMatchObject({ asOf: '2019-03-01', filingType: 'new' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/gbk\.json: the file is not UTF-8 text \(it looks like GBK/);
  });

  it('a 20 MB draft finishes with under 1 MB of output and a bounded number of repeats (issue 13)', { timeout: 120_000 }, async () => {
    const fields: Record<string, unknown> = { 'subject.province': '天津市', 'subject.nature': '企业', 'subject.principal.mobile': '13820012345' };
    for (let i = 0; i < 50; i++) {
      const k = (sub: string) => (i === 0 ? `website.${sub}` : `website[${i}].${sub}`);
      fields[k('domains')] = Array.from({ length: 9500 }, (_, j) => (j % 3 === 0 ? `bad domain ${i}-${j}` : j % 3 === 1 ? `ex${i}-${j}.org` : `site${i}x${j}.io`));
      fields[k('name')] = '网站'.repeat(5000);
      fields[k('remarks')] = '备注内容'.repeat(16000);
    }
    const dir = mkdtempSync(join(tmpdir(), 'check-draft-'));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields }));
    expect(readFileSync(file).length).toBeGreaterThan(19_000_000);
    const r = await direct([file, '--as-of', '2026-06-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeLessThan(1_000_000);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; field: string; message: { en: string } }[]; omittedFindings: { rule: string; count: number }[] };
    const perRuleField = new Map<string, number>();
    for (const f of out.findings) perRuleField.set(`${f.rule} ${f.field}`, (perRuleField.get(`${f.rule} ${f.field}`) ?? 0) + 1);
    expect(Math.max(...perRuleField.values())).toBeLessThanOrEqual(5);
    expect(out.omittedFindings.find((o) => o.rule === 'domain-format')!.count).toBeGreaterThan(1000);
    // A message quotes a value, it does not copy 10 000 characters.
    expect(Math.max(...out.findings.map((f) => f.message.en.length))).toBeLessThan(400);
    // Within 10 s: measured as this process's CPU time (the shared machine's load stretches wall time).
    const cpu = process.cpuUsage();
    const result = checkDraft(loadDraft(readFileSync(file), 'big.json'), '2026-06-01');
    toJson(result);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000);
    expect(result.findings.length).toBeLessThanOrEqual(20 * 40);
  });
});
