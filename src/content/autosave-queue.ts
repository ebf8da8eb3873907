import type { FieldValues } from '../domain/draft-file';

/** What one autosave sends (the background merges it into the draft). */
export interface AutosaveBatch {
  draftId?: string;
  fields: FieldValues;
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

/**
 * Debounced, ordered, retrying autosave for one page session. Edits accumulate (a route change
 * must not drop the previous step's unsent values); one save runs at a time; a failed save is
 * merged back under newer edits and retried with backoff, and the unsent edits are mirrored
 * to extension storage so a stopped service worker or a closed tab loses nothing.
 */
export class AutosaveQueue {
  private pending: FieldValues = {};
  private hasPending = false;
  private draftId: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private failures = 0;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly reportAfter: number;

  constructor(private readonly deps: AutosaveDeps) {
    this.debounceMs = deps.debounceMs ?? 500;
    this.retryBaseMs = deps.retryBaseMs ?? 250;
    this.retryMaxMs = deps.retryMaxMs ?? 10_000;
    this.reportAfter = deps.reportAfterFailures ?? 3;
  }

  get currentDraftId(): string | undefined {
    return this.draftId;
  }

  /** Later saves go into this draft (after a restore adopted it). */
  adopt(draftId: string): void {
    this.draftId = draftId;
  }

  get isIdle(): boolean {
    return !this.hasPending && !this.inFlight;
  }

  /** Records edits and schedules a save after the debounce (or now with `immediate`). */
  push(fields: FieldValues, opts: { immediate?: boolean } = {}): void {
    if (this.stopped) return;
    if (Object.keys(fields).length > 0) {
      this.pending = { ...this.pending, ...fields };
      this.hasPending = true;
      this.deps.persistPending?.(this.batch());
    }
    if (!this.hasPending) return;
    this.schedule(opts.immediate ? 0 : this.debounceMs);
  }

  /** Sends whatever is pending now (pagehide, visibility hidden, blur). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    return this.run(true);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private batch(): AutosaveBatch {
    return { ...(this.draftId ? { draftId: this.draftId } : {}), fields: { ...this.pending } };
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private async run(force = false): Promise<void> {
    // One save at a time, in order: the first creates the draft, later ones need its id.
    if (this.inFlight) {
      await this.inFlight;
      if (!this.hasPending) return;
      if (force && this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
      if (this.timer === undefined) return this.run(force);
      return;
    }
    if (!this.hasPending || this.stopped) return;
    const sending = this.batch();
    this.pending = {};
    this.hasPending = false;
    this.inFlight = (async () => {
      let outcome: SendOutcome;
      try {
        outcome = await this.deps.send(sending);
      } catch (err) {
        outcome = { ok: false, transient: true, message: err instanceof Error ? err.message : String(err) };
      }
      if (outcome.ok) {
        this.draftId = outcome.draftId;
        if (this.failures > 0) this.deps.onProblem?.(null);
        this.failures = 0;
        this.deps.onSaved?.(outcome.draftId, new Date());
        this.deps.persistPending?.(this.hasPending ? this.batch() : undefined);
        if (this.hasPending && this.timer === undefined) this.schedule(this.debounceMs);
        return;
      }
      // Put the unsent values back under anything typed meanwhile, and retry.
      this.pending = { ...sending.fields, ...this.pending };
      this.hasPending = true;
      this.failures++;
      this.deps.persistPending?.(this.batch());
      if (!outcome.transient || this.failures >= this.reportAfter) {
        this.deps.onProblem?.({ message: outcome.message, transient: outcome.transient });
      }
      const delay = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (this.failures - 1));
      this.schedule(delay);
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }
}
