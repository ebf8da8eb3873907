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
  it('moves closed bubbles of neighbouring fields apart, leaves an opened one on top', async () => {
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
    expect(plan.map((p) => p.at.y)).toEqual([100, 163, 150, 120, 206]);
  });
});
