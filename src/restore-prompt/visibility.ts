/**
 * Clickjacking defence of the restore prompt. The page cannot reach into the prompt (extension
 * origin, closed shadow root), but it can style the host element: make it transparent, cover it
 * with a decoy, move it. The prompt therefore acts on a click only while the browser confirms
 * that the whole frame is visible to the user, and has been for a moment (IntersectionObserver
 * v2: `trackVisibility` reports `isVisible` false under opacity, filters, transforms and any
 * element drawn over it). Where the browser cannot tell (Firefox has no `trackVisibility`), every
 * restore asks a second confirmation instead.
 */

export interface Visibility {
  /** The browser reports real visibility (IntersectionObserver v2). */
  supported: boolean;
  visible: boolean;
  /** When `visible` last changed (ms, performance.now()). */
  since: number;
}

/** A click counts only after the prompt has been fully visible this long (a decoy swapped away at the last moment does not). */
export const MIN_VISIBLE_MS = 400;

/** `ok`: act; `hidden`: refuse (covered, transparent, off screen, or visible only just now); `unverified`: ask again. */
export type ClickVerdict = 'ok' | 'hidden' | 'unverified';

export function clickVerdict(v: Visibility, now: number): ClickVerdict {
  if (!v.supported) return 'unverified';
  return v.visible && now - v.since >= MIN_VISIBLE_MS ? 'ok' : 'hidden';
}

/** What a click on "restore" leads to: the restore, a confirmation step, or a refusal. */
export function restoreStep(verdict: ClickVerdict, otherPath: boolean): 'restore' | 'confirm' | 'refuse' {
  if (verdict === 'hidden') return 'refuse';
  return verdict === 'unverified' || otherPath ? 'confirm' : 'restore';
}

/** The path of a URL (`/` when it has none or is no URL): query and fragment never matter here. */
export function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').pathname || '/';
  } catch {
    return '/';
  }
}

/** A draft saved on another path of the origin than the page it would be restored into. */
export function isOtherPath(draftUrl: string | undefined, pageUrl: string | undefined): boolean {
  if (!draftUrl || !pageUrl) return false;
  return pathOf(draftUrl) !== pathOf(pageUrl);
}

interface V2Entry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/**
 * Watches `target` (an element covering the whole frame) and calls `onChange` on every change.
 * Visible means: entirely inside the top-level viewport and, per the browser, unoccluded and
 * without opacity, filter or transform effects.
 */
export function watchVisibility(target: Element, onChange: (v: Visibility) => void): { current(): Visibility; stop(): void } {
  const supported = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  let state: Visibility = { supported, visible: false, since: performance.now() };
  if (!supported) return { current: () => state, stop: () => undefined };
  const observer = new IntersectionObserver(
    (entries) => {
      const e = entries.at(-1) as V2Entry | undefined;
      if (!e) return;
      const visible = e.isVisible === true && e.intersectionRatio >= 0.99;
      if (visible === state.visible) return;
      state = { supported, visible, since: performance.now() };
      onChange(state);
    },
    // `trackVisibility` needs `delay` >= 100 ms.
    { threshold: [0, 0.99, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return { current: () => state, stop: () => observer.disconnect() };
}
