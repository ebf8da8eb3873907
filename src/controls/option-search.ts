/**
 * Finding the option labelled exactly so in a combobox's own popup (restore bundle only):
 * rendered now, after scrolling a virtual list, after typing to search, or by the keyboard
 * path (`aria-activedescendant`). Only an exact, unique label is ever taken.
 */
import { comboboxOf } from './combobox';
import { norm } from './equivalent';
import { choicesIn, scroller, uniqueChoice } from './popup';
import { pause, pressKey, waitFor } from './ui-actions';

/** The choice labelled `text` in the popup: visible now, or after scrolling, or after typing to search. */
export async function findChoice(root: HTMLElement, popup: Element, text: string): Promise<HTMLElement | undefined> {
  const now = uniqueChoice(choicesIn(popup), text);
  if (now) return now;
  const sc = scroller(popup);
  if (sc) {
    sc.scrollTop = 0;
    for (let i = 0; i < 60; i++) {
      sc.dispatchEvent(new Event('scroll'));
      await pause(40);
      const found = uniqueChoice(choicesIn(popup), text);
      if (found) return found;
      const top = sc.scrollTop;
      sc.scrollTop = top + Math.max(sc.clientHeight * 0.8, 20);
      if (sc.scrollTop === top) break;
    }
  }
  const input = comboboxOf(root);
  if (input instanceof HTMLInputElement && !input.readOnly) {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return waitFor(() => uniqueChoice(choicesIn(popup), text), 1000);
  }
  return undefined;
}

/** The option `aria-activedescendant` names now, by its label. */
function activeLabel(box: Element): { id: string; label: string } | undefined {
  const id = box.getAttribute('aria-activedescendant');
  const el = id ? box.ownerDocument.getElementById(id) : null;
  return id && el ? { id, label: norm(el.getAttribute('aria-label') || el.textContent || '') } : undefined;
}

/**
 * The keyboard path of the ARIA pattern, for options a virtual list has not rendered: arrow
 * down through the options (the list follows `aria-activedescendant`) and press Enter only on
 * the one labelled exactly `text`; stop after a full round.
 */
export async function chooseByKeys(root: HTMLElement, text: string): Promise<boolean> {
  const box = comboboxOf(root);
  const want = norm(text);
  const seen = new Set<string>();
  for (let i = 0; i < 500; i++) {
    const active = activeLabel(box);
    if (active?.label === want) {
      pressKey(box, 'Enter');
      return true;
    }
    if (active && seen.has(active.id)) return false;
    if (active) seen.add(active.id);
    pressKey(box, 'ArrowDown');
    // The list does not follow the keys: no keyboard path here.
    if (!(await waitFor(() => activeLabel(box)?.id !== active?.id, 150, 8))) return false;
  }
  return false;
}
