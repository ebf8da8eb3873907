import { render } from 'preact';
import type { FirstScreenData } from '../popup-first/load-first-screen';
import type { Selection } from '../popup-first/draw-first-screen';
import { opensEagerly } from '../drafts/summary';
import { PopupApp, type PopupInitial } from './PopupApp';
import { createPopupServices } from './services';
import type { PopupServices } from './services-types';

/** Which control had the focus, by the hooks both renders share (an id, else a data-icp-action). */
function focusKey(): string | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const action = el.dataset.icpAction;
  return action ? `[data-icp-action="${CSS.escape(action)}"]` : null;
}

/**
 * The full popup (database library, planner, every section). After a first screen it loads the
 * open draft and the list BEFORE rendering, then replaces the first screen in one synchronous
 * render (no frame in between: nothing on screen blinks), with the draft the user picked
 * meanwhile and the focus where it was.
 */
export async function mountFull(
  app: HTMLElement,
  search: string,
  first?: { data: FirstScreenData; selection: Selection },
  services: PopupServices = createPopupServices(),
): Promise<void> {
  if (!first) {
    render(<PopupApp services={services} search={search} />, app);
    return;
  }
  let initial: PopupInitial | undefined;
  try {
    for (;;) {
      const { id, reason } = first.selection;
      const summaries = await services.listDrafts();
      // Only its summary first: a huge draft (an import) is not loaded until the user asks.
      const summary = id ? summaries.find((s) => s.id === id) : undefined;
      const large = summary && !opensEagerly(summary) ? summary : null;
      const draft = id && !large ? await services.getDraft(id) : undefined;
      // The user switched drafts while these loaded: load the one now chosen.
      if (first.selection.id !== id) continue;
      initial = { lang: first.data.lang, tab: first.data.tab, reason, draft: draft ?? null, summaries, large };
      break;
    }
  } catch {
    initial = undefined; // the full popup loads (and reports the error) by itself
  }
  const focus = focusKey();
  // The first screen is plain DOM: cleared in the same task as the render (no frame between).
  app.replaceChildren();
  render(<PopupApp services={services} search={search} initial={initial} />, app);
  if (focus) document.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
  performance.mark('icp-popup-full');
}
