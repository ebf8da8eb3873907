/**
 * Choosing a combobox's value through its own popup (restore bundle only): one option for a
 * single select, each wanted option once for a multiple select (clicks spaced so each
 * registers), then the popup closed and what the control shows read back. Nothing is clicked
 * when a wanted option is not in ITS popup.
 */
import { isMultiple, readCombobox } from './combobox';
import { closePopup, openPopup, type PopupFill } from './combobox-popup';
import { norm } from './equivalent';
import { chooseByKeys, findChoice } from './option-search';
import { fail, OK, type FillOutcome } from './outcome';
import { choiceLabel, choicesIn } from './popup';
import { pause, pressLikeUser, waitFor } from './ui-actions';

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.some((y) => norm(x) === norm(y)));

const MULTIPLE_CLASS = /(?:^|[\s_-])(?:multiple|multi)(?:\s|$|-)/;

/** Its open popup says so: a multiselectable listbox, or a "multiple" class hint on the dropdown. */
function popupIsMultiple(popup: Element): boolean {
  return [popup, ...popup.querySelectorAll('[aria-multiselectable], [class*="multiple"]')].some(
    (e) => e.getAttribute('aria-multiselectable') === 'true' || MULTIPLE_CLASS.test(e.getAttribute('class') ?? ''),
  );
}

/** Chosen: `aria-selected`, a "selected" class hint, or its own checkbox checked (TDesign, Arco multiple). */
function isChosen(c: Element): boolean {
  if (c.getAttribute('aria-selected') === 'true' || /(?:^|[\s_-])(?:is-)?selected(?:\s|$)/.test(c.getAttribute('class') ?? '')) return true;
  const box = c.querySelector<HTMLInputElement>('input[type="checkbox"]');
  return !!box?.checked || c.querySelector('[role="checkbox"][aria-checked="true"]') !== null;
}

/**
 * Chooses `want` (labels) through the control's own popup and reads back what it shows. Fails
 * without clicking anything when a wanted option is not in ITS popup; closes the popup.
 */
export async function fillCombobox(root: HTMLElement, want: string[], opts: PopupFill): Promise<FillOutcome> {
  if (same(readCombobox(root), want)) return OK;
  const popup = await openPopup(root, opts.timeoutMs);
  if (!popup) return fail('popup-not-found');
  const multiple = isMultiple(root) || popupIsMultiple(popup);
  let took = false;
  try {
    // Two labels for a control that keeps one: clicking both would leave the wrong one.
    if (!multiple && want.length !== 1) return fail('bad-value');
    const chosen = multiple ? await chooseAll(root, popup, want) : await chooseOne(root, popup, want[0]!);
    if (!chosen.ok) return chosen;
    took = !!(await waitFor(() => same(readCombobox(root), want), Math.min(opts.timeoutMs, 1500)));
    return took ? OK : fail('rejected-by-page');
  } finally {
    await closePopup(root, popup, took && !multiple);
  }
}

/**
 * Where a user's click on a choice lands: the innermost element holding its whole label
 * (Arco's multiple options listen on the label text, not on the row; TDesign's row hears it
 * bubble).
 */
function clickTarget(choice: HTMLElement): HTMLElement {
  const label = choiceLabel(choice);
  let at = choice;
  for (;;) {
    const inner = [...at.children].find((k) => choiceLabel(k) === label);
    if (!(inner instanceof HTMLElement)) return at;
    at = inner;
  }
}

async function chooseOne(root: HTMLElement, popup: Element, text: string): Promise<FillOutcome> {
  const choice = await findChoice(root, popup, text);
  if (choice) pressLikeUser(clickTarget(choice));
  else if (!(await chooseByKeys(root, text))) return fail('no-such-option');
  return OK;
}

/** Every wanted option is found before anything is clicked; then the unwanted are unticked, the wanted ticked. */
async function chooseAll(root: HTMLElement, popup: Element, want: string[]): Promise<FillOutcome> {
  for (const w of want) if (!(await findChoice(root, popup, w))) return fail(`no-such-option: ${w}`);
  const unwanted = choicesIn(popup).filter((c) => isChosen(c) && !want.some((w) => norm(w) === choiceLabel(c)));
  for (const c of unwanted) await toggle(c, false);
  for (const w of want) {
    const c = await findChoice(root, popup, w);
    if (!c) return fail(`no-such-option: ${w}`);
    if (!isChosen(c) && !(await toggle(c, true))) return fail('rejected-by-page');
  }
  return OK;
}

/** One click on a choice of a multiple select, then wait until it shows the new state before the next. */
async function toggle(c: HTMLElement, chosen: boolean): Promise<boolean> {
  pressLikeUser(clickTarget(c));
  const shown = await waitFor(() => !c.isConnected || isChosen(c) === chosen, 600);
  await pause(30);
  return !!shown;
}
