/**
 * Marks the popup ready (tests, benchmark; docs/POPUP.md): the first screen with data is in
 * the DOM, drawn by the first render or, without one, by the full popup. Set once.
 */
export function markReady(): void {
  if (document.documentElement.dataset.icpPopupReady === '1') return;
  document.documentElement.dataset.icpPopupReady = '1';
  performance.mark('icp-popup-ready');
}
