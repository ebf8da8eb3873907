/**
 * The helper's own overlays that the warning bubbles must not cover or hide under (the restore
 * prompt's frame): whoever shows one registers it here; the warnings view re-places its bubbles
 * when the set changes and keeps them off these boxes.
 */
const obstacles = new Set<Element>();
const listeners = new Set<() => void>();

export function setObstacle(el: Element, present: boolean): void {
  if (present) obstacles.add(el);
  else obstacles.delete(el);
  for (const fn of listeners) fn();
}

/** The boxes to keep clear (viewport coordinates of the top document). */
export function obstacleBoxes(): DOMRect[] {
  return [...obstacles].filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
}

export function onObstaclesChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
