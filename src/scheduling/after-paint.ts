import { yieldToPage } from './yield-to-page';

/**
 * Resolves in a task after the page's next frame (its style, layout and paint), so work started
 * then never delays what the page just rendered. A hidden tab has no frames: after `maxWaitMs`
 * it resolves anyway.
 */
export function afterNextPaint(win: Window, maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, maxWaitMs);
    // rAF runs just before the frame's rendering; the yield lands in the first task after it.
    win.requestAnimationFrame(() => void yieldToPage().then(finish));
  });
}
