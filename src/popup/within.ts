/** Resolves after `ms` with `fallback`, or earlier with the promise's value. */
export function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, new Promise<T>((r) => setTimeout(() => r(fallback), ms))]);
}

/** How long the popup waits for the tab's content script to name its draft before choosing without it. */
export const PAGE_DRAFT_WAIT_MS = 60;
