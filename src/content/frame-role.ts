/**
 * Which content-script instance handles a frame. The script runs in every frame
 * (allFrames): the top frame reads same-origin iframes itself (one form, cross-frame pair
 * rules, one badge count), so an instance in a same-origin child frame stands down once the
 * top frame's instance is up. Frames under a cross-origin parent (or whose top frame is not
 * a filing page) run on their own.
 */
export type FrameRole = 'top' | 'subframe' | 'covered';

const READY_ATTR = 'data-icp-helper-ready';

export async function frameRole(win: Window, waitMs = 3000): Promise<FrameRole> {
  if (win === win.top) return 'top';
  const root = sameOriginTopRoot(win);
  if (!root) return 'subframe';
  if (root.hasAttribute(READY_ATTR)) return 'covered';
  return new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (!root.hasAttribute(READY_ATTR)) return;
      obs.disconnect();
      clearTimeout(timer);
      resolve('covered');
    });
    obs.observe(root, { attributes: true, attributeFilter: [READY_ATTR] });
    const timer = setTimeout(() => {
      obs.disconnect();
      resolve(root.hasAttribute(READY_ATTR) ? 'covered' : 'subframe');
    }, waitMs);
  });
}

/** The top frame's root element, when every ancestor is same-origin (the top frame then reaches this one). */
function sameOriginTopRoot(win: Window): HTMLElement | undefined {
  try {
    for (let w: Window = win; w !== win.top; w = w.parent) void w.parent.document.documentElement;
    return win.top?.document.documentElement;
  } catch {
    return undefined; // cross-origin
  }
}
