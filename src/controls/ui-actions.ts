/**
 * Acting on a page control as a careful user would (restore bundle only): pointer presses,
 * keys, waiting for the component to react. No layout is forced in loops beyond what a
 * visibility check needs.
 */

/** Press, release, click: component selects open on mousedown or pointerdown, not only on click. */
export function pressLikeUser(el: Element): void {
  const win = el.ownerDocument.defaultView ?? window;
  const opts = { bubbles: true, cancelable: true, composed: true, button: 0, view: win } as const;
  const Pointer = win.PointerEvent ?? win.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...opts, pointerId: 1, isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mousedown', opts));
  el.dispatchEvent(new Pointer('pointerup', { ...opts, pointerId: 1, isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mouseup', opts));
  el.dispatchEvent(new win.MouseEvent('click', opts));
}

export function hover(el: Element): void {
  const win = el.ownerDocument.defaultView ?? window;
  for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
    el.dispatchEvent(new win.MouseEvent(type, { bubbles: type.endsWith('over') || type === 'mousemove', composed: true }));
  }
}

/** Legacy key codes: some libraries still read `which`/`keyCode` (rc-select, rc-util KeyCode). */
const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, ArrowUp: 38, ArrowDown: 40, ' ': 32 };

export function pressKey(el: Element, key: string): void {
  const win = el.ownerDocument.defaultView ?? window;
  const code = KEY_CODES[key] ?? 0;
  for (const type of ['keydown', 'keyup']) {
    const e = new win.KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(e, 'keyCode', { get: () => code });
    Object.defineProperty(e, 'which', { get: () => code });
    el.dispatchEvent(e);
  }
}

/** Resolves when `probe` returns a value (asked every `everyMs`), or with undefined after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs: number, everyMs = 16): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() >= end) return undefined;
    await pause(everyMs);
  }
}

export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rendered and not hidden: has a box, not visibility:hidden, not inside aria-hidden="true". */
export function isShown(el: Element): boolean {
  if (el.closest('[aria-hidden="true"], [hidden]')) return false;
  const win = el.ownerDocument.defaultView;
  const style = win?.getComputedStyle(el);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  // happy-dom has no layout (every box is empty): there only the checks above hide.
  if (!hasLayout(el)) return true;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Whether this DOM computes layout (a browser) or not (happy-dom in unit tests). */
export function hasLayout(el: Element): boolean {
  return el.ownerDocument.documentElement.getBoundingClientRect().height > 0;
}
