import { describe, expect, it } from 'vitest';
import { placeBubble } from './place';

const VIEW = { width: 1200, height: 800 };
const BUBBLE = { width: 300, height: 60 };

describe('placeBubble', () => {
  it('goes right of the field when there is room', () => {
    expect(placeBubble({ left: 200, top: 100, width: 360, height: 32 }, BUBBLE, VIEW)).toEqual({ x: 568, y: 100, side: 'right' });
  });
  it('goes below a wide field, kept inside the viewport', () => {
    expect(placeBubble({ left: 1000, top: 100, width: 150, height: 32 }, BUBBLE, VIEW)).toEqual({ x: 896, y: 136, side: 'below' });
  });
  it('goes above a wide field at the bottom of the viewport', () => {
    expect(placeBubble({ left: 100, top: 760, width: 1000, height: 32 }, BUBBLE, VIEW)).toEqual({ x: 100, y: 696, side: 'above' });
  });
  it('hides bubbles of fields out of view or not rendered', () => {
    expect(placeBubble({ left: 100, top: 900, width: 300, height: 32 }, BUBBLE, VIEW)).toBeNull();
    expect(placeBubble({ left: 100, top: -50, width: 300, height: 32 }, BUBBLE, VIEW)).toBeNull();
    expect(placeBubble({ left: 0, top: 0, width: 0, height: 0 }, BUBBLE, VIEW)).toBeNull();
  });
});

describe('avoidOverlaps', () => {
  it('moves bubbles of neighbouring fields apart, out of an opened one\'s way', async () => {
    const { avoidOverlaps } = await import('./warnings-view');
    const el = {} as HTMLElement;
    const plan = [
      { el, at: { x: 600, y: 100 }, w: 280, h: 60, open: false },
      { el, at: { x: 600, y: 140 }, w: 280, h: 40, open: false },
      { el, at: { x: 600, y: 150 }, w: 280, h: 40, open: true },
      { el, at: { x: 100, y: 120 }, w: 200, h: 40, open: false },
      { el, at: { x: 600, y: 170 }, w: 280, h: 40, open: false },
    ];
    avoidOverlaps(plan);
    // The opened one stays; one pushed a little moves under it; ones that would end up more
    // than their height away from their fields are not shown.
    expect(plan.map((p) => p.at?.y ?? null)).toEqual([null, null, 150, 120, 193]);
    // No two shown bubbles overlap.
    const shown = plan.filter((p) => p.at) as { at: { x: number; y: number }; w: number; h: number }[];
    for (const a of shown) for (const b of shown) if (a !== b && a.at.x < b.at.x + b.w && b.at.x < a.at.x + a.w) expect(a.at.y + a.h <= b.at.y || b.at.y + b.h <= a.at.y).toBe(true);
  });

  it('never pushes a bubble placed above its field onto the field', async () => {
    const { avoidOverlaps } = await import('./warnings-view');
    const el = {} as HTMLElement;
    const plan = [
      { el, at: { x: 10, y: 0 }, w: 200, h: 30, open: false },
      { el, at: { x: 10, y: 10 }, w: 200, h: 30, open: false, field: { left: 10, top: 44, width: 200, height: 20 } },
    ];
    avoidOverlaps(plan);
    expect(plan[1]!.at).toEqual({ x: 10, y: 67 });
  });
});
