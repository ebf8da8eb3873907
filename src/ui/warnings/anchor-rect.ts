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

const CONTROLS = 'input, select, textarea, button';

/**
 * The box a bubble is placed beside. For a form control it is the control. For a value shown
 * as text (a locked region "天津市 天津市 南开区（不可修改）", one span per part) it also
 * covers the text that follows on the same line, so the bubble does not hide the rest of it.
 */
export function anchorBox(el: Element, topWin: Window): Box | null {
  const box = boxInTopViewport(el, topWin);
  if (!box || el.matches(CONTROLS)) return box;
  let right = box.left + box.width;
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (sib.matches(CONTROLS) || sib.querySelector(CONTROLS)) break;
    const b = boxInTopViewport(sib, topWin);
    if (!b) continue;
    // Only what sits on the same line: a sibling below starts another row.
    if (Math.abs(b.top - box.top) > box.height / 2) break;
    right = Math.max(right, b.left + b.width);
  }
  return { ...box, width: right - box.left };
}

/**
 * A field of several controls on one line (086-区号-号码-分机): the box runs to the last of
 * them on the anchor's line, so the bubble covers none of the field's own parts.
 */
export function fieldBox(anchor: Element, elements: readonly Element[], topWin: Window): Box | null {
  const box = anchorBox(anchor, topWin);
  if (!box) return box;
  let right = box.left + box.width;
  for (const e of elements) {
    const b = e === anchor ? null : boxInTopViewport(e, topWin);
    if (b && b.left >= box.left && Math.abs(b.top - box.top) <= box.height / 2) right = Math.max(right, b.left + b.width);
  }
  return { ...box, width: right - box.left };
}
