/**
 * Which content-script instance handles a frame. The script runs in every frame
 * (allFrames): the top frame reads same-origin iframes itself (one form, cross-frame pair
 * rules, one badge count), so an instance in a same-origin child frame stands down once the
 * top frame's instance is up. Frames under a cross-origin parent (or whose top frame is not
 * a filing page) run on their own.
 */
export type FrameRole = 'top' | 'subframe' | 'covered';

const READY_ATTR = 'data-icp-helper-ready';

export function frameRole(win: Window, waitMs = 3000): Promise<FrameRole> {
  if (win === win.top) return Promise.resolve('top');
  let topDoc: Document | undefined;
  try {
    topDoc = win.top?.document;
  } catch {
    topDoc = undefined; // cross-origin
  }
  // Every ancestor must be same-origin for the top frame to reach this one.
  try {
    for (let w: Window = win; w !== win.top; w = w.parent) void w.parent.document.documentElement;
  } catch {
    topDoc = undefined;
  }
  if (!topDoc) return Promise.resolve('subframe');
  const root = topDoc.documentElement;
  if (root.hasAttribute(READY_ATTR)) return Promise.resolve('covered');
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
