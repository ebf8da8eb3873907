import { markReady } from '../popup/ready';
import { drawFirstScreen, type Selection } from './draw-first-screen';
import { setFirstHandOff, type FirstHandOff } from './hand-off';
import { loadFirstScreen, type FirstApi } from './load-first-screen';

/** Resolves once `<div id="app">` is parsed (the script runs from <head>, before the body). */
function appElement(): Promise<HTMLElement> {
  return new Promise((resolve) => {
    const found = (): boolean => {
      const app = document.getElementById('app');
      if (app) resolve(app);
      return app !== null;
    };
    // `readystatechange` to "interactive" comes before the deferred module runs.
    if (!found()) document.addEventListener('readystatechange', found);
  });
}

/**
 * The popup's first screen, from a classic script in popup.html's <head> (no imports at run
 * time, no framework): the reads start before the document is parsed, the screen is drawn as
 * soon as they answer, then `data-icp-popup-ready`. The popup's module (main.tsx) loads the
 * full popup only after this hand-off settles.
 */
export function startFirstScreen(): void {
  performance.mark('icp-popup-script');
  const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as FirstApi & {
    runtime: { openOptionsPage(): Promise<void> };
  };
  const loading = loadFirstScreen({ search: location.search, api, now: new Date(), ownOrigin: location.origin }).catch(() => null);
  const handOff = Promise.all([loading, appElement()]).then(([data, app]): FirstHandOff => {
    document.body.classList.add('popup-body');
    if (!data) return null;
    const selection: Selection = { id: data.choice.id, reason: data.choice.reason };
    drawFirstScreen(app, data, selection, () => void api.runtime.openOptionsPage());
    markReady();
    return { data, selection };
  });
  setFirstHandOff(handOff);
}
