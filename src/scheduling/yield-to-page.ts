/**
 * Gives the page the main thread back for a moment: input, rendering and the page's own tasks
 * run before we continue. `scheduler.yield()` where the browser has it (the continuation keeps
 * its place ahead of other queued tasks), else a MessageChannel message (a new task without
 * setTimeout's clamping).
 */
type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Resolves when the page is idle (requestIdleCallback), or after `timeoutMs` at the latest, so
 * a busy page cannot put the helper off for ever.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  return new Promise((resolve) => {
    if (typeof ric === 'function') ric(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
