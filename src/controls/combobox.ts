/**
 * ARIA combobox with a listbox popup, single or multiple (component-library selects: antd,
 * Element Plus, Arco, TDesign, Fusion, Tea, OpenTiny). Recognised by role first
 * (`role=combobox`, `aria-haspopup`), class names only as hints. `matches`/`read` run in the
 * content script; `fill` only in the restore bundle.
 */
import { cleanText } from '../recognition/normalize';
import { COMPONENT_SELECT_CLASSES, COMPONENT_SELECT_VALUE, PLACEHOLDER_VALUE, hasAnyClass } from '../recognition/controls';
import { norm } from './equivalent';
import { fail, OK, type FillOutcome } from './outcome';
import { choiceLabel, choicesIn, findPopup, isOpen, scroller, shownLayers, uniqueChoice } from './popup';
import { pause, pressKey, pressLikeUser, waitFor } from './ui-actions';

/** Tags of a multiple select (hints; the outermost match per tag counts once). */
const TAG = '[class*="selection-item-content"], [class*="tag__content"], [class*="tags-text"], [class*="tag-body"], [class*="tag-content"], [class*="tag-text"]';

/** The element a combobox is operated through: its `role=combobox` element, else its input, else the root. */
export function comboboxOf(root: Element): HTMLElement {
  if (root.matches('[role="combobox"]')) return root as HTMLElement;
  return root.querySelector<HTMLElement>('[role="combobox"]') ?? root.querySelector<HTMLElement>('input') ?? (root as HTMLElement);
}

export function matchesCombobox(el: Element): boolean {
  return el.tagName !== 'SELECT' && (hasAnyClass(el, COMPONENT_SELECT_CLASSES) || (!!el.querySelector('[role="combobox"]') && el.tagName !== 'INPUT'));
}

const MULTIPLE_CLASS = /(?:^|[\s_-])(?:multiple|multi)(?:\s|$|-)/;

/** A multiple select: `aria-multiselectable`, tags shown, or the library's "multiple" class hint. */
export function isMultiple(root: Element): boolean {
  return !!root.closest('[aria-multiselectable="true"]') || MULTIPLE_CLASS.test(root.getAttribute('class') ?? '') || root.querySelector(TAG) !== null;
}

/** Its open popup says so: a multiselectable listbox, or a "multiple" class hint on the dropdown. */
function popupIsMultiple(popup: Element): boolean {
  return [popup, ...popup.querySelectorAll('[aria-multiselectable], [class*="multiple"]')].some(
    (e) => e.getAttribute('aria-multiselectable') === 'true' || MULTIPLE_CLASS.test(e.getAttribute('class') ?? ''),
  );
}

/** What the control shows as chosen: the tags' labels (each once), or the one shown text. */
export function readCombobox(root: Element): string[] {
  const tags = [...root.querySelectorAll(TAG)].filter((t) => !t.parentElement?.closest(TAG));
  if (tags.length > 0) return [...new Set(tags.map((t) => cleanText(t.textContent ?? '')).filter(Boolean))];
  // The first shown value that is not a placeholder (Element Plus puts an empty input wrapper first).
  for (const shown of root.querySelectorAll(COMPONENT_SELECT_VALUE)) {
    if (hasAnyClass(shown, ['is-transparent', 'is-placeholder', 'is-hidden'])) continue;
    const text = cleanText(shown.tagName === 'INPUT' ? (shown as HTMLInputElement).value : (shown.getAttribute('title') ?? shown.textContent ?? ''));
    if (text) return PLACEHOLDER_VALUE.test(text) ? [] : [text];
  }
  // No hint for this library: the value its own input shows.
  const input = root.querySelector('input');
  const text = cleanText(input?.value ?? '');
  return text && !PLACEHOLDER_VALUE.test(text) ? [text] : [];
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.some((y) => norm(x) === norm(y)));

export interface PopupFill {
  timeoutMs: number;
}

/** The popup each control opened last time (the same instance comes back when reopened). */
const known = new WeakMap<Element, Element>();

/** Opens the control and returns ITS popup (undefined: it did not open one we can be sure of). */
export async function openPopup(root: HTMLElement, timeoutMs: number): Promise<Element | undefined> {
  const doc = root.ownerDocument;
  const before = shownLayers(doc);
  const box = comboboxOf(root);
  const mine = (): Element | undefined => {
    const found = findPopup(root, before);
    if (found) return found;
    // Its own popup from last time, still shown (closing) while the control says it is open.
    const last = known.get(root);
    return last && isOpen(last) && box.getAttribute('aria-expanded') === 'true' && choicesIn(last).length > 0 ? last : undefined;
  };
  box.focus?.();
  pressLikeUser(box);
  let popup = await waitFor(mine, Math.min(timeoutMs, 1500));
  // Some open on the wrapper's own press only.
  if (!popup && box !== root) {
    pressLikeUser(root);
    popup = await waitFor(mine, Math.min(timeoutMs, 1000));
  }
  if (popup) known.set(root, popup);
  else {
    // Whatever the press opened cannot be told for certain: close it, choose nothing.
    const opened = (): boolean => [...shownLayers(doc)].some((l) => !before.has(l));
    for (const press of [() => pressKey(box, 'Escape'), () => pressLikeUser(doc.body), () => pressLikeUser(box)]) {
      press();
      await pause(120);
      if (!opened()) break;
    }
  }
  return popup;
}

/** Popups a committed choice is closing by itself (leave animation), checked once at the end. */
const closing = new Map<Element, HTMLElement>();

/**
 * Closes an open popup as a user would: Escape on the control, else a press outside it. Leave
 * animations (and a popup a committed single choice closes itself) are not waited for here
 * but by `settlePopups` once, at the end of the restore.
 */
export async function closePopup(root: HTMLElement, popup: Element | undefined, closesItself = false): Promise<boolean> {
  if (!popup || !isOpen(popup)) return true;
  if (closesItself) {
    closing.set(popup, root);
    return true;
  }
  const box = comboboxOf(root);
  // Closed, or the control says so at once (aria-expanded) while its popup animates out.
  const shut = (): boolean => !isOpen(popup) || box.getAttribute('aria-expanded') === 'false';
  for (const press of [() => pressKey(box, 'Escape'), () => pressLikeUser(root.ownerDocument.body)]) {
    press();
    if (await waitFor(shut, 400)) {
      if (isOpen(popup)) closing.set(popup, root);
      return true;
    }
  }
  return false;
}

/** Every popup left closing has closed (or is closed now); false when one stays open. */
export async function settlePopups(): Promise<boolean> {
  const left = [...closing];
  closing.clear();
  const done = await Promise.all(left.map(async ([popup, root]) => !!(await waitFor(() => !isOpen(popup), 600)) || (await forceClose(root, popup))));
  return done.every(Boolean);
}

/** A popup still shown after its control was closed: Escape, then a press outside. */
async function forceClose(root: HTMLElement, popup: Element): Promise<boolean> {
  pressKey(comboboxOf(root), 'Escape');
  if (await waitFor(() => !isOpen(popup), 400)) return true;
  pressLikeUser(root.ownerDocument.body);
  return !!(await waitFor(() => !isOpen(popup), 400));
}

/**
 * The choice labelled `text` in the popup: visible now, or after scrolling a virtual list, or
 * after typing to search when the control lets the user type. Only an exact, unique label.
 */
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

const isChosen = (c: Element): boolean => c.getAttribute('aria-selected') === 'true' || /(?:^|[\s_-])(?:is-)?selected(?:\s|$)/.test(c.getAttribute('class') ?? '');

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
    if (!multiple) {
      const choice = await findChoice(root, popup, want[0]!);
      if (choice) pressLikeUser(choice);
      else if (!(await chooseByKeys(root, want[0]!))) return fail('no-such-option');
    } else {
      // Every wanted option must be found before anything is clicked.
      for (const w of want) if (!(await findChoice(root, popup, w))) return fail(`no-such-option: ${w}`);
      const unwanted = choicesIn(popup).filter((c) => isChosen(c) && !want.some((w) => norm(w) === choiceLabel(c)));
      for (const c of unwanted) await toggle(c, false);
      for (const w of want) {
        const c = await findChoice(root, popup, w);
        if (!c) return fail(`no-such-option: ${w}`);
        if (!isChosen(c)) await toggle(c, true);
      }
    }
    took = !!(await waitFor(() => same(readCombobox(root), want), Math.min(opts.timeoutMs, 1500)));
    return took ? OK : fail('rejected-by-page');
  } finally {
    await closePopup(root, popup, took && !multiple);
  }
}

/** One click on a choice of a multiple select, then wait until it shows the new state. */
async function toggle(c: HTMLElement, chosen: boolean): Promise<void> {
  pressLikeUser(c);
  await waitFor(() => !c.isConnected || isChosen(c) === chosen, 600);
  await pause(30);
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
async function chooseByKeys(root: HTMLElement, text: string): Promise<boolean> {
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
