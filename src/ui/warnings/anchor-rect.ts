import type { Box } from './place';

/**
 * The element's box in the viewport of `topWin` (the window that holds the overlay),
 * adding the offsets of same-origin iframes in between. `null` when it is not rendered.
 */
export function boxInTopViewport(el: Element, topWin: Window): Box | null {
  if (!el.isConnected || el.getClientRects().length === 0) return null;
  const r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win !== topWin) {
    const frame = win.frameElement;
    if (!frame) return null;
    const fr = frame.getBoundingClientRect();
    left += fr.left + frame.clientLeft;
    top += fr.top + frame.clientTop;
    win = win.parent;
  }
  return { left, top, width: r.width, height: r.height };
}
