import type { Finding } from '../domain/finding';
import type { FieldValues } from '../domain/draft-file';
import type { FormSnapshot } from './form-session-types';

export interface LiveCheckOptions {
  /** The rules engine over the current values (all rules). */
  check(values: FieldValues): Finding[];
  /** Optional: only the rules reading `changedKeys`, the other findings kept from `previous`. */
  checkChanged?(values: FieldValues, changedKeys: readonly string[], previous: readonly Finding[]): Finding[];
  /** New findings for the snapshot they were computed on. */
  onFindings(findings: Finding[], snapshot: FormSnapshot): void;
  /** Quiet time while typing before new warnings appear. */
  debounceMs?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(id: unknown): void;
}

export interface LiveCheck {
  onSnapshot(snapshot: FormSnapshot): void;
  findings(): readonly Finding[];
  stop(): void;
}

/**
 * When to run the rules. While typing into a clean field, wait for a pause (no warning
 * flashing at every keystroke); when the field already shows a warning, check at once so a
 * fixed value clears it immediately; on change/blur and structural changes, check at once.
 */
export function createLiveCheck(opts: LiveCheckOptions): LiveCheck {
  const debounceMs = opts.debounceMs ?? 120;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let latest: FormSnapshot | undefined;
  let findings: Finding[] = [];
  let marked = new Set<string>();
  let stopped = false;
  // Keys typed into since the last run, and whether anything else asks for a full run.
  const typedKeys = new Set<string>();
  let needsFull = true;

  function run(): void {
    if (timer !== undefined) {
      clearTimer(timer);
      timer = undefined;
    }
    if (stopped || !latest) return;
    const snapshot = latest;
    try {
      findings =
        !needsFull && opts.checkChanged && typedKeys.size > 0
          ? opts.checkChanged(snapshot.values, [...typedKeys], findings)
          : opts.check(snapshot.values);
      needsFull = false;
      typedKeys.clear();
    } catch (err) {
      // A broken rule must not take the page's other warnings (or the page) down.
      console.error('[icp-helper] rules failed', err);
      return;
    }
    marked = new Set(findings.flatMap((f) => [f.field, ...f.fields]));
    opts.onFindings(findings, snapshot);
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
