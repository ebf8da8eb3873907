import { yieldToPage } from './yield-to-page';

export interface SliceOptions {
  /** Longest stretch of work before the page gets the thread back (well under the 50 ms of a long task). */
  sliceMs?: number;
  /** Between slices; tests pass their own. */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Checked after every pause: when true the work is dropped (a newer pass replaced it). */
  cancelled?: () => boolean;
}

/**
 * Runs a step generator to its end in short slices: between two slices the page's input,
 * rendering and own tasks run. Resolves with the generator's result, or undefined if cancelled.
 */
export async function runSliced<T>(steps: Generator<void, T>, opts: SliceOptions = {}): Promise<T | undefined> {
  const sliceMs = opts.sliceMs ?? 8;
  const pause = opts.pause ?? yieldToPage;
  const now = opts.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart < sliceMs) continue;
    await pause();
    if (opts.cancelled?.()) {
      steps.return(undefined as T);
      return undefined;
    }
    sliceStart = now();
  }
}
