import type { Selection } from './draw-first-screen';
import type { FirstScreenData } from './load-first-screen';

/** What the first screen hands to the full popup: its data and the user's choice, or null (none drawn). */
export type FirstHandOff = { data: FirstScreenData; selection: Selection } | null;

/** Where the classic first-screen script leaves its hand-off for the popup's module (main.tsx). */
const KEY = '__icpPopupFirst';

export function setFirstHandOff(handOff: Promise<FirstHandOff>): void {
  (globalThis as Record<string, unknown>)[KEY] = handOff.catch(() => null);
}

/** The first screen's hand-off; null when the classic script did not run (the full popup renders alone). */
export function firstHandOff(): Promise<FirstHandOff> {
  return ((globalThis as Record<string, unknown>)[KEY] as Promise<FirstHandOff> | undefined) ?? Promise.resolve(null);
}
