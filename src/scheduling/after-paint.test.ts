import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  it('resolves in a task after the next animation frame, not before', async () => {
    let frame: (() => void) | undefined;
    const win = { requestAnimationFrame: (cb: () => void) => ((frame = cb), 1) } as unknown as Window;
    let done = false;
    void afterNextPaint(win, 10_000).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    frame!();
    expect(done).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(true);
  });

  it('resolves after maxWaitMs when no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    try {
      const win = { requestAnimationFrame: () => 1 } as unknown as Window;
      let done = false;
      void afterNextPaint(win, 100).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
