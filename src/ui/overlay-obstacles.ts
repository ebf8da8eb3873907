/**
 * The helper's own overlays that the warning bubbles must not cover or hide under (the restore
 * prompt's frame): whoever shows one registers it here; the warnings view re-places its bubbles
 * when the set changes and keeps them off these boxes.
 *
 * The registry is a property of the content script's isolated world, not module state: the
 * prompt's mount and the warnings view are separate scripts injected on demand
 * (src/content/on-demand.ts), each with its own copy of this module. The page cannot see it.
 */
interface Registry {
  obstacles: Set<Element>;
  listeners: Set<() => void>;
}
const registry = (): Registry => ((globalThis as { __icpFilingHelperObstacles?: Registry }).__icpFilingHelperObstacles ??= { obstacles: new Set(), listeners: new Set() });

export function setObstacle(el: Element, present: boolean): void {
  const { obstacles, listeners } = registry();
  if (present) obstacles.add(el);
  else obstacles.delete(el);
  for (const fn of listeners) fn();
}

/** The boxes to keep clear (viewport coordinates of the top document). */
export function obstacleBoxes(): DOMRect[] {
  return [...registry().obstacles].filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
}

export function onObstaclesChanged(fn: () => void): () => void {
  const { listeners } = registry();
  listeners.add(fn);
  return () => listeners.delete(fn);
}
