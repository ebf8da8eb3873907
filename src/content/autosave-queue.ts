import type { FieldValues } from '../domain/draft-file';

/** What one autosave sends (the background merges it into the draft). */
export interface AutosaveBatch {
  draftId?: string;
  fields: FieldValues;
  /** Edit time per key (ms); 0: shown on the page, not typed by the user. */
  times: Record<string, number>;
}

export type SendOutcome =
  | { ok: true; draftId: string }
  /** `transient`: the worker or channel was not there, retry; otherwise storage refused it. */
  | { ok: false; transient: boolean; message: string };

export interface AutosaveDeps {
  send(batch: AutosaveBatch): Promise<SendOutcome>;
  /** Keeps an unsent batch outside the page (storage.session); `undefined` clears it. */
  persistPending?(batch: AutosaveBatch | undefined): void;
  onSaved?(draftId: string, at: Date): void;
  /** A problem the user must see (`null` when it is over). */
  onProblem?(problem: { message: string; transient: boolean } | null): void;
  debounceMs?: number;
  /** Retry delays grow from `retryBaseMs` up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Transient failures are shown to the user after this many retries. */
  reportAfterFailures?: number;
}

export type AutosaveQueue = ReturnType<typeof createAutosaveQueue>;

/**
 * Debounced, ordered, retrying autosave for one page session. Edits accumulate (a route change
 * must not drop the previous step's unsent values); one save runs at a time; a failed save is
 * merged back under newer edits and retried with backoff, and the unsent edits are mirrored
 * to extension storage so a stopped service worker or a closed tab loses nothing.
 */
export function createAutosaveQueue(deps: AutosaveDeps) {
  const { debounceMs = 500, retryBaseMs = 250, retryMaxMs = 10_000, reportAfterFailures = 3 } = deps;
  let pending: FieldValues = {};
  let times: Record<string, number> = {};
  let hasPending = false;
  let draftId: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let failures = 0;
  let stopped = false;

  const batch = (): AutosaveBatch => ({ ...(draftId ? { draftId } : {}), fields: { ...pending }, times: { ...times } });
  const later = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
    const out = { ...a };
    for (const [k, t] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, t);
    return out;
  };

  function cancelTimer(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  function schedule(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, ms);
  }

  async function run(force = false): Promise<void> {
    // One save at a time, in order: the first creates the draft, later ones need its id.
    if (inFlight) {
      await inFlight;
      if (!hasPending) return;
      if (force) cancelTimer();
      if (timer === undefined) return run(force);
      return;
    }
    if (!hasPending || stopped) return;
    const sending = batch();
    pending = {};
    times = {};
    hasPending = false;
    inFlight = (async () => {
      let outcome: SendOutcome;
      try {
        outcome = await deps.send(sending);
      } catch (err) {
        outcome = { ok: false, transient: true, message: err instanceof Error ? err.message : String(err) };
      }
      if (outcome.ok) {
        draftId = outcome.draftId;
        if (failures > 0) deps.onProblem?.(null);
        failures = 0;
        deps.onSaved?.(outcome.draftId, new Date());
        deps.persistPending?.(hasPending ? batch() : undefined);
        if (hasPending && timer === undefined) schedule(debounceMs);
        return;
      }
      // Put the unsent values back under anything typed meanwhile, and retry.
      pending = { ...sending.fields, ...pending };
      times = later(sending.times, times);
      hasPending = true;
      failures++;
      deps.persistPending?.(batch());
      if (!outcome.transient || failures >= reportAfterFailures) {
        deps.onProblem?.({ message: outcome.message, transient: outcome.transient });
      }
      schedule(Math.min(retryMaxMs, retryBaseMs * 2 ** (failures - 1)));
    })();
    try {
      await inFlight;
    } finally {
      inFlight = undefined;
    }
  }

  return {
    get currentDraftId(): string | undefined {
      return draftId;
    },

    /** Later saves go into this draft (after a restore adopted it). */
    adopt(id: string): void {
      draftId = id;
    },

    get isIdle(): boolean {
      return !hasPending && !inFlight;
    },

    /**
     * Records values and schedules a save after the debounce (or now with `immediate`).
     * `edited`: the keys the user changed now (stamped with the time); other values are only
     * shown on the page and never overwrite a draft's value. `delayMs`: a longer wait than the
     * debounce (the write-ahead copy is kept meanwhile; a flush still sends at once).
     */
    push(fields: FieldValues, opts: { immediate?: boolean; edited?: readonly string[]; delayMs?: number } = {}): void {
      if (stopped) return;
      if (Object.keys(fields).length > 0) {
        const at = Date.now();
        const stamped: Record<string, number> = {};
        for (const k of Object.keys(fields)) stamped[k] = opts.edited?.includes(k) ? at : 0;
        times = later(times, stamped);
        pending = { ...pending, ...fields };
        hasPending = true;
        deps.persistPending?.(batch());
      }
      if (hasPending) schedule(opts.immediate ? 0 : (opts.delayMs ?? debounceMs));
    },

    /** Sends whatever is pending now (pagehide, visibility hidden, blur). */
    flush(): Promise<void> {
      cancelTimer();
      return run(true);
    },

    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
