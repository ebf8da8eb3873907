/**
 * Finding THE popup a control opened (restore bundle only): the element its
 * `aria-controls` / `aria-owns` names, or else the one popup that became visible when it was
 * opened. Never any visible option elsewhere in the document: a wrong field's dropdown may
 * hold the same option text.
 */
import { norm } from './equivalent';
import { hasLayout, isShown } from './ui-actions';

/** Elements that may be a popup layer, by role first, class names as hints. */
const LAYER = '[role="listbox"], [role="menu"], [role="tree"], [role="dialog"], [role="tooltip"], [class*="dropdown"], [class*="popper"], [class*="popup"], [class*="overlay"], [class*="menus"]';

/** Choices inside a popup, by role first; class names only as hints for libraries without roles. */
export const CHOICE =
  '[role="option"], [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="treeitem"], [class*="item-option"], [class*="dropdown__item"], [class*="select-option"], [class*="menu-item"], [class*="cascader-node"], [class*="list__item"], [class*="option-item"]';

/** Cascader items of libraries that give them no role (TDesign, Tea): class hints only. */
const CASCADER_CHOICE = '[class*="cascader__item"], [class*="cascader-menu"] li';

/** The ids a control names as its popup. */
function namedIds(control: Element): string[] {
  const holders = [control, ...control.querySelectorAll('[aria-controls], [aria-owns]')];
  return holders.flatMap((h) => `${h.getAttribute('aria-controls') ?? ''} ${h.getAttribute('aria-owns') ?? ''}`.split(/\s+/)).filter(Boolean);
}

/** The layer around a named element: its nearest positioned ancestor (the floating box). */
function layerOf(el: Element, control: Element): Element {
  const win = el.ownerDocument.defaultView;
  for (let a: Element | null = el; a && a !== el.ownerDocument.body; a = a.parentElement) {
    if (a.contains(control)) break;
    const pos = win?.getComputedStyle(a).position;
    if (pos === 'absolute' || pos === 'fixed') return a;
  }
  return el;
}

/** The visible layers now (to tell which one an opening added). */
export function shownLayers(doc: Document): Set<Element> {
  return new Set([...doc.querySelectorAll(LAYER)].filter(isShown));
}

/**
 * The control's popup once it is open: by `aria-controls`/`aria-owns` when that element is
 * shown; otherwise the outermost layer shown now that was not shown `before`, when exactly one
 * such layer holds choices. undefined when it cannot be told for certain.
 */
export function findPopup(control: Element, before: Set<Element>): Element | undefined {
  const doc = control.ownerDocument;
  for (const id of namedIds(control)) {
    const named = doc.getElementById(id);
    if (!named) continue;
    const layer = layerOf(named, control);
    if (isShown(layer) && choicesIn(layer).length > 0) return layer;
  }
  const fresh = [...shownLayers(doc)].filter((l) => !before.has(l) && !l.contains(control) && choicesIn(l).length > 0);
  const outer = fresh.filter((l) => !fresh.some((o) => o !== l && o.contains(l)));
  return outer.length === 1 ? outer[0] : undefined;
}

/** Whether a popup is still open (shown). */
export function isOpen(popup: Element | undefined): boolean {
  return !!popup && popup.isConnected && isShown(popup);
}

/** The visible choices inside a popup: outermost matches only, clipped (zero-size) helpers skipped. */
export function choicesIn(root: Element): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(`${CHOICE}, ${CASCADER_CHOICE}`)];
  const set = new Set(all);
  return all.filter((c) => !hasCandidateAncestor(c, root, set) && visibleWithin(c, root));
}

function hasCandidateAncestor(el: Element, root: Element, set: Set<Element>): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** Shown, and not inside a zero-size clipping box (antd's hidden accessibility list). */
function visibleWithin(el: Element, root: Element): boolean {
  if (!isShown(el)) return false;
  if (!hasLayout(el)) return true;
  const win = el.ownerDocument.defaultView;
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
    const r = a.getBoundingClientRect();
    if ((r.width === 0 || r.height === 0) && win?.getComputedStyle(a).overflow === 'hidden') return false;
  }
  return true;
}

/** What a choice says: its own text, else its aria-label or title. */
export function choiceLabel(el: Element): string {
  return norm(el.textContent ?? '') || norm(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
}

export function isDisabledChoice(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || /(?:^|[\s_-])(?:is-)?disabled(?:\s|$)/.test(el.getAttribute('class') ?? '');
}

/**
 * The one choice labelled `text` in `choices`: exact (normalised) label only, and only when
 * exactly one matches: two equal labels cannot be told apart, so none is taken.
 */
export function uniqueChoice(choices: HTMLElement[], text: string): HTMLElement | undefined {
  const want = norm(text);
  const hits = choices.filter((c) => choiceLabel(c) === want);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The scrollable box of a popup (a virtual list's holder), if any. */
export function scroller(popup: Element): HTMLElement | undefined {
  const boxes = [popup, ...popup.querySelectorAll('*')] as HTMLElement[];
  return boxes.find((b) => b.scrollHeight > b.clientHeight + 4 && /auto|scroll|hidden/.test(b.ownerDocument.defaultView?.getComputedStyle(b).overflowY ?? ''));
}
