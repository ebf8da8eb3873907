/** Where a warning bubble goes relative to its field (pure geometry, viewport coordinates). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'right' | 'below' | 'above';
}

const GAP = 8;
const MARGIN = 4;

/**
 * Beside the field on the right when it fits (forms leave room there and nothing of the
 * field is covered); otherwise under it, or above it near the bottom of the viewport.
 * `null` when the field is not visible in the viewport.
 */
export function placeBubble(anchor: Box, bubble: { width: number; height: number }, viewport: { width: number; height: number }): Placement | null {
  if (anchor.width === 0 && anchor.height === 0) return null;
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  if (bottom < 0 || anchor.top > viewport.height || right < 0 || anchor.left > viewport.width) return null;
  if (right + GAP + bubble.width <= viewport.width - MARGIN) {
    return { x: right + GAP, y: anchor.top, side: 'right' };
  }
  const x = Math.max(MARGIN, Math.min(anchor.left, viewport.width - bubble.width - MARGIN));
  const below = bottom + MARGIN;
  if (below + bubble.height > viewport.height && anchor.top - MARGIN - bubble.height >= 0) {
    return { x, y: anchor.top - MARGIN - bubble.height, side: 'above' };
  }
  return { x, y: below, side: 'below' };
}
