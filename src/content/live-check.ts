import type { Finding } from '../domain/finding';
import type { FieldValues } from '../domain/draft-file';
import type { FormSnapshot } from './form-session-types';

export interface LiveCheckOptions {
  /** The rules engine over the current values. */
  check(values: FieldValues): Finding[];
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

  function run(): void {
    if (timer !== undefined) {
      clearTimer(timer);
      timer = undefined;
    }
    if (stopped || !latest) return;
    const snapshot = latest;
    try {
      findings = opts.check(snapshot.values);
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
