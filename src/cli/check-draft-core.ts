/**
 * The logic of `npm run check-draft -- FILE [--as-of YYYY-MM-DD] [--format json|text]`:
 * argument parsing, draft validation, the check itself and the text table. No I/O here, so it
 * is unit-testable; src/cli/check-draft.ts does the reading, printing and exit codes.
 */
import '../domain/readable-errors';
import { DraftFileSchema, FILING_TYPES, type DraftFile } from '../domain/draft-file';
import { parseFieldKey } from '../domain/field-keys';
import { MAX_WEBSITES } from '../facts/order-limits';
import type { Finding } from '../domain/finding';
import type { Lang } from '../domain/localized';
import type { StepProgress } from '../domain/step';
import { BoundedStepProgressSchema } from '../domain/sms-sent-times';
import { runRulesBounded, type OmittedFindings } from '../rules/engine';
import { chinaDay } from '../planner/china-time';
import { outstandingSteps, planSteps, type PlannerStep } from '../planner/plan-steps';
import { readableSourceLines } from '../facts/source-citation';

/** A problem with the command line or the input file: one line for stderr, then a non-zero exit. */
export class CheckDraftError extends Error {
  constructor(
    message: string,
    /** 2: bad command line; 1: bad input file. */
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CheckDraftError';
  }
}

export interface CheckDraftArgs {
  file: string;
  asOf?: string;
  format: 'json' | 'text';
  lang: Lang;
  /** Only the steps not done yet. */
  outstanding: boolean;
  help: boolean;
}

export const USAGE = 'usage: npm run check-draft -- FILE [--as-of YYYY-MM-DD] [--format json|text] [--lang en|zh] [--outstanding]   (FILE "-" reads stdin)';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Input problems listed before "… and N more" (a huge broken file must not flood stderr). */
const MAX_PROBLEMS = 10;
const more = (n: number) => (n > MAX_PROBLEMS ? ` … and ${n - MAX_PROBLEMS} more` : '');
/** Findings of one rule on one field kept in the output; the rest are counted. */
export const MAX_REPEATS = 5;
/** Findings of one rule kept over all fields (50 websites × 5 would still flood the output). */
export const MAX_PER_RULE = 20;

/** A real calendar day in `YYYY-MM-DD` form (2019-02-30 is refused). */
export function isCalendarDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function parseArgs(argv: readonly string[]): CheckDraftArgs {
  const out: Partial<CheckDraftArgs> & { help: boolean } = { format: 'json', lang: 'en', outstanding: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CheckDraftError(`check-draft: ${name} needs a value. ${USAGE}`, 2);
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--outstanding':
        out.outstanding = true;
        break;
      case '--as-of': {
        const v = value();
        if (!isCalendarDay(v)) throw new CheckDraftError(`check-draft: --as-of: expected a date YYYY-MM-DD, got "${v}"`, 2);
        out.asOf = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'json' && v !== 'text') throw new CheckDraftError(`check-draft: --format: expected json or text, got "${v}"`, 2);
        out.format = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'zh') throw new CheckDraftError(`check-draft: --lang: expected en or zh, got "${v}"`, 2);
        out.lang = v;
        break;
      }
      default:
        if (arg.startsWith('--')) throw new CheckDraftError(`check-draft: unknown option "${arg}". ${USAGE}`, 2);
        positional.push(arg);
    }
  }
  if (out.help) return { file: '', format: out.format!, lang: out.lang!, outstanding: false, help: true };
  if (positional.length === 0) throw new CheckDraftError(`check-draft: no draft file given. ${USAGE}`, 2);
  if (positional.length > 1) throw new CheckDraftError(`check-draft: expected one draft file, got ${positional.length}: ${positional.join(' ')}`, 2);
  return { file: positional[0]!, asOf: out.asOf, format: out.format!, lang: out.lang!, outstanding: out.outstanding!, help: false };
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map((p) => String(p)).join('.');
}

function describeIssue(raw: unknown, issue: { path: readonly PropertyKey[]; message: string }): string {
  const path = issuePath(issue.path);
  if (path === 'filingType') {
    const got = (raw as { filingType?: unknown } | null)?.filingType;
    if (got !== undefined) return `filingType: unknown filing type ${JSON.stringify(got)} (expected one of ${FILING_TYPES.join(', ')})`;
  }
  return `${path}: ${issue.message}`;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The draft file's bytes as text: UTF-8, with or without a BOM. Anything else (a GBK export
 * from a Chinese Windows editor, UTF-16) is refused, never judged as garbled text.
 */
export function decodeDraftBytes(bytes: Uint8Array, name: string): string {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CheckDraftError(`check-draft: ${name}: the file is UTF-16 text; save it as UTF-8 and try again`, 1);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new CheckDraftError(
      `check-draft: ${name}: the file is not UTF-8 text (it looks like GBK/GB18030 or another legacy encoding); save it as UTF-8 and try again`,
      1,
    );
  }
}

/** A website index the product does not handle (website[50] and above) is an input error. */
function checkWebsiteIndexes(fields: DraftFile['fields'], name: string): void {
  for (const key of Object.keys(fields)) {
    const p = parseFieldKey(key);
    if (p?.section === 'website' && p.index >= MAX_WEBSITES) {
      throw new CheckDraftError(
        `check-draft: ${name}: invalid draft: fields.${key}: website index ${p.index} is above the limit of ${MAX_WEBSITES} websites per filing (website[0] … website[${MAX_WEBSITES - 1}])`,
        1,
      );
    }
  }
}

export interface LoadedDraft {
  draft: DraftFile;
  progress: StepProgress;
}

/** Parses and validates a draft file's text; `name` is how the file is named in errors. */
export function loadDraft(input: string | Uint8Array, name: string): LoadedDraft {
  let raw: unknown;
  // A BOM is allowed in text input too (a file read elsewhere as a string).
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeDraftBytes(input, name);
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CheckDraftError(`check-draft: ${name}: not JSON (${(e as Error).message})`, 1);
  }
  const parsed = DraftFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => describeIssue(raw, i));
    const kind = (raw as { format?: unknown } | null)?.format === 'icp-filing-draft' ? 'invalid draft' : 'not an ICP filing draft';
    throw new CheckDraftError(`check-draft: ${name}: ${kind}: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more(problems.length)}`, 1);
  }
  checkWebsiteIndexes(parsed.data.fields, name);
  const rawProgress = (raw as { progress?: unknown }).progress;
  let progress: StepProgress = { done: {} };
  if (rawProgress !== undefined) {
    const p = BoundedStepProgressSchema.safeParse(rawProgress);
    if (!p.success) {
      const problems = p.error.issues.map((i) => `progress.${issuePath(i.path)}: ${i.message}`);
      throw new CheckDraftError(`check-draft: ${name}: invalid draft: ${problems.join('; ')}`, 1);
    }
    for (const key of ['submittedToAdminAt', 'orderCreatedAt', 'siteOpenedAt'] as const) {
      const v = p.data[key];
      if (v !== undefined && Number.isNaN(Date.parse(v))) {
        throw new CheckDraftError(`check-draft: ${name}: invalid draft: progress.${key}: expected an ISO date, got "${v}"`, 1);
      }
    }
    progress = p.data;
  }
  return { draft: parsed.data, progress };
}

export interface CheckResult {
  asOf: string;
  filingType: DraftFile['filingType'];
  findings: Finding[];
  /** Findings left out beyond MAX_REPEATS of the same rule on the same field. */
  omittedFindings: OmittedFindings[];
  steps: PlannerStep[];
}

/** Runs the rules and the planner as of the day (default: today in Beijing). */
export function checkDraft(loaded: LoadedDraft, asOf?: string, now?: Date, outstanding = false): CheckResult {
  const day = asOf ?? chinaDay(now ?? new Date());
  const { draft, progress } = loaded;
  const bounded = runRulesBounded({ fields: draft.fields, filingType: draft.filingType, asOf: day }, MAX_REPEATS, MAX_PER_RULE);
  // With an explicit --as-of, deadlines are judged at that day's start; otherwise right now.
  const steps = planSteps(draft, { asOf: day, progress, ...(asOf === undefined ? { now: now ?? new Date() } : {}) });
  return { asOf: day, filingType: draft.filingType, findings: bounded.findings, omittedFindings: bounded.omitted, steps: outstanding ? outstandingSteps(steps) : steps };
}

/** The machine-readable output: one JSON object (CONTRACT.md). */
export function toJson(result: CheckResult): string {
  const omitted = result.omittedFindings.length > 0 ? { omittedFindings: result.omittedFindings } : {};
  return `${JSON.stringify({ asOf: result.asOf, filingType: result.filingType, findings: result.findings, ...omitted, steps: result.steps }, null, 2)}\n`;
}

function pad(s: string, width: number): string {
  // CJK characters take two columns in a terminal.
  const w = [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, width - w));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)) + 2);
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, Math.min(widths[c]!, 40)))).join('').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function shortTime(iso: string | undefined): string {
  if (!iso) return '-';
  // Beijing time, minutes precision.
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} CST`;
}

/** A readable report: findings, then the steps. */
export function toText(result: CheckResult, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(zh ? `备案类型 ${result.filingType}，按 ${result.asOf} 的规则检查` : `Filing type ${result.filingType}, judged as of ${result.asOf}`);
  out.push('');
  const total = result.findings.length + result.omittedFindings.reduce((n, o) => n + o.count, 0);
  out.push(zh ? `问题（${total}）` : `Findings (${total})`);
  out.push(
    result.findings.length === 0
      ? zh ? '  无' : '  none'
      : table(
          ['SEVERITY', 'RULE', 'FIELD', 'MESSAGE'],
          result.findings.map((f) => [f.severity, f.rule, f.field, f.message[lang]]),
        ),
  );
  sourcesBlock(out, result.findings.map((f) => [f.rule, f.source]), lang);
  for (const o of result.omittedFindings) {
    out.push(zh ? `  （${o.rule} 在 ${o.field} 上另有 ${o.count} 条同类问题未列出）` : `  (${o.count} more ${o.rule} findings on ${o.field} not listed)`);
  }
  out.push('');
  const open = result.steps.filter((s) => !s.done).length;
  out.push(zh ? `步骤（${result.steps.length}，未完成 ${open}）` : `Steps (${result.steps.length}, ${open} outstanding)`);
  out.push(
    result.steps.length === 0
      ? zh ? '  无' : '  none'
      : table(
          ['STATUS', 'STEP', 'DEADLINE', 'TITLE'],
          result.steps.map((s) => [s.status, s.id, shortTime(s.deadline), `${s.title[lang]}${s.link ? `  ${s.link.url}` : ''}`]),
        ),
  );
  sourcesBlock(out, result.steps.map((s) => [s.id, s.sources]), lang);
  return `${out.join('\n')}\n`;
}

/** Each rule's or step's sources once, as readers read them (no internal source keys). */
function sourcesBlock(out: string[], items: [string, string | readonly string[]][], lang: Lang): void {
  const byId = new Map<string, Set<string>>();
  for (const [id, sources] of items) {
    const set = byId.get(id) ?? new Set<string>();
    for (const line of readableSourceLines(sources, lang)) set.add(line);
    byId.set(id, set);
  }
  if (byId.size === 0) return;
  out.push(lang === 'zh' ? '  依据：' : '  Sources:');
  for (const [id, lines] of byId) out.push(`    ${id}: ${[...lines].join(lang === 'zh' ? '；' : '; ')}`);
}
