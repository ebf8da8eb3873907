import type { Finding } from '../domain/finding';
import type { FieldValues } from '../domain/draft-file';
import type { FormSnapshot } from './form-session-types';

/** The rules' answer: all findings, or with `rules` only those of the named rules. */
export interface RulesAnswer {
  findings: Finding[];
  /** Set on a partial run: the ids of the rules that ran (their old findings are replaced). */
  rules?: string[];
}

export interface LiveCheckOptions {
  /**
   * Runs the rules (in the background: `rules/check`). With `changedKeys`, only the rules
   * reading those keys need to run; the answer then names them in `rules`.
   */
  check(values: FieldValues, changedKeys?: string[]): Promise<RulesAnswer>;
  /** New findings, with the latest snapshot (the form may have moved on while they were computed). */
  onFindings(findings: Finding[], snapshot: FormSnapshot): void;
  /** Quiet time while typing before new warnings appear. */
  debounceMs?: number;
  /** Wait before the one retry of a failed check (a service worker that was just woken). */
  retryMs?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(id: unknown): void;
}

export interface LiveCheck {
  onSnapshot(snapshot: FormSnapshot): void;
  findings(): readonly Finding[];
  stop(): void;
}

/**
 * When to run the rules, and what to do with the answers. While typing into a clean field,
 * wait for a pause (no warning flashing at every keystroke); when the field already shows a
 * warning, check at once so a fixed value clears it immediately; on change/blur and
 * structural changes, check at once.
 *
 * The rules run in the service worker, so answers are asynchronous: each request carries a
 * sequence number and an answer older than one already applied is dropped. A failed request
 * is retried once; if that fails too, the warnings already shown stay and the next check is
 * a full one.
 */
export function createLiveCheck(opts: LiveCheckOptions): LiveCheck {
  const debounceMs = opts.debounceMs ?? 120;
  const retryMs = opts.retryMs ?? 50;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let latest: FormSnapshot | undefined;
  let findings: Finding[] = [];
  let marked = new Set<string>();
  let stopped = false;
  let sent = 0;
  let applied = 0;
  let lastFullSent = 0;
  // Keys typed into since the last run, and whether anything else asks for a full run. A
  // full run is owed until a full answer is applied (so a partial answer that overtakes it
  // never stands in for it).
  const typedKeys = new Set<string>();
  let needsFull = true;

  function run(): void {
    if (timer !== undefined) {
      clearTimer(timer);
      timer = undefined;
    }
    if (stopped || !latest) return;
    const seq = ++sent;
    const asked = latest;
    const changed = !needsFull && typedKeys.size > 0 ? [...typedKeys] : undefined;
    typedKeys.clear();
    if (!changed) lastFullSent = seq;
    void ask(seq, asked, changed, 1);
  }

  async function ask(seq: number, asked: FormSnapshot, changed: string[] | undefined, retries: number): Promise<void> {
    let answer: RulesAnswer;
    try {
      answer = await opts.check(asked.values, changed);
    } catch (err) {
      if (stopped) return;
      if (retries > 0) {
        setTimer(() => void ask(seq, asked, changed, retries - 1), retryMs);
        return;
      }
      // Keep what is shown; make sure the next check covers everything again.
      console.error('[icp-helper] rules check failed', err);
      needsFull = true;
      return;
    }
    if (stopped || seq <= applied) return;
    applied = seq;
    const next = answer.rules ? merge(findings, answer.findings, answer.rules) : answer.findings;
    if (!answer.rules && seq >= lastFullSent) needsFull = false;
    const now = latest ?? asked;
    findings = dropRemoved(next, asked, now);
    marked = new Set(findings.flatMap((f) => [f.field, ...f.fields]));
    opts.onFindings(findings, now);
  }

  return {
    onSnapshot(snapshot) {
      if (stopped) return;
      latest = snapshot;
      if (snapshot.cause === 'input' && snapshot.trigger === 'input') for (const k of snapshot.changedKeys) typedKeys.add(k);
      else if (snapshot.cause !== 'input' || snapshot.changedKeys.length > 0 || timer !== undefined) needsFull = true;
      if (snapshot.cause === 'input') {
        if (snapshot.trigger === 'input' && !snapshot.changedKeys.some((k) => marked.has(k))) {
          if (timer !== undefined) clearTimer(timer);
          timer = setTimer(run, debounceMs);
          return;
        }
        // A blur or change without a new value only flushes a pending check.
        if (snapshot.changedKeys.length === 0 && timer === undefined) return;
      }
      run();
    },
    findings: () => findings,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
    },
  };
}

function merge(previous: readonly Finding[], next: readonly Finding[], rerun: readonly string[]): Finding[] {
  const ran = new Set(rerun);
  return [...previous.filter((f) => !ran.has(f.rule)), ...next];
}

/** Findings on fields that left the form after the values were sent are not shown. */
function dropRemoved(list: Finding[], asked: FormSnapshot, now: FormSnapshot): Finding[] {
  if (asked === now) return list;
  const present = fieldKeys(now);
  const before = fieldKeys(asked);
  return list.filter((f) => present.has(f.field) || !before.has(f.field));
}

function fieldKeys(s: FormSnapshot): Set<string> {
  const keys = new Set(Object.keys(s.values));
  for (const f of s.recognition.fields) keys.add(f.key);
  return keys;
}
