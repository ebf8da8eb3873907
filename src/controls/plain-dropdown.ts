/**
 * A dropdown trigger without ARIA (Tea's `div.tea-dropdown[tabindex=0]`): a focusable element
 * with no role, no name and no input inside, whose popup is a new body-level layer holding a
 * list (`li` with `aria-selected`, or `li` holding a checkbox in a multiple select that commits
 * with its 确定 button). Recognised by structure, class tokens (`*-dropdown`, `*-select`) only
 * as hints. `matches`/`read` run in the content script; `fill` only in the restore bundle.
 *
 * The popup is the layer whose choices appeared after OUR press, never any visible option in
 * the document: another field's dropdown may hold the same label (issue 11).
 */
import { cleanText, PLACEHOLDER_VALUE } from './shown-text';
import { norm } from './equivalent';
import { fail, OK, type FillOutcome } from './outcome';
import { scroller } from './popup';
import { hasLayout, isShown, pause, pressKey, pressLikeUser, waitFor } from './ui-actions';

const HINT = /(?:^|\s)[a-z]+-(?:dropdown|select)(?:\s|$)/;

/** A focusable element without a role that is no form control and holds none (ARIA selects go to the combobox adapter). */
export function matchesPlainDropdown(el: Element): boolean {
  return (
    HINT.test(el.getAttribute('class') ?? '') &&
    !/^(?:INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName) &&
    !el.hasAttribute('role') &&
    // Focusable (a disabled one keeps tabindex="-1" and is still read).
    el.hasAttribute('tabindex') &&
    !el.querySelector('input, select, textarea, [role], [aria-controls], [aria-owns]')
  );
}

/** The element the trigger shows its value in (a `*value*` class hint), else the trigger. */
const valueBox = (root: Element): Element => root.querySelector('[class*="value"]') ?? root;

/** A multiple select's items end with the separator it joins them with ("英语, "). */
const SEPARATOR = /\s*[,，、]\s*$/;

/**
 * What the trigger shows: the chosen labels. A multiple select shows one element per label,
 * each but the last ending with a separator; a label with a comma of its own stays whole. []
 * for a placeholder, and for a list cut short ("…"): a partial list would be a wrong value.
 */
export function readPlainDropdown(root: Element): string[] {
  const box = valueBox(root);
  const text = cleanText(box.textContent ?? '');
  // Tea draws its placeholder as weak text.
  const only = box.children.length === 1 ? box.children[0]! : undefined;
  if (!text || PLACEHOLDER_VALUE.test(text) || (only && /placeholder|weak/.test(only.getAttribute('class') ?? ''))) return [];
  for (const list of [box, ...box.querySelectorAll('*')]) {
    const items = [...list.children];
    if (items.length < 2 || !items.slice(0, -1).every((i) => SEPARATOR.test(i.textContent ?? ''))) continue;
    const labels = items.map((i) => cleanText((i.textContent ?? '').replace(SEPARATOR, '')));
    return labels.some((l) => /^(?:\.{3}|…)$/.test(l)) ? [] : labels.filter(Boolean);
  }
  return [text];
}

// ---- restore only ----

/** A choice in a plain list: an `li` that says whether it is chosen, or holds a checkbox. */
const isChoice = (li: Element): boolean => li.hasAttribute('aria-selected') || !!li.querySelector('input[type="checkbox"], input[type="radio"]');

/**
 * Shown, and (with layout) not placed before the page's start: libraries measure rows in a
 * copy moved off the page (Tea: `top: -9999px`). Below the fold is fine (the field may be).
 */
function onPage(el: Element): boolean {
  if (!isShown(el)) return false;
  if (!hasLayout(el)) return true;
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView!;
  return r.bottom + win.scrollY > 0 && r.right + win.scrollX > 0;
}

/** The visible choices under `scope`, outside the trigger. */
function visibleChoices(scope: ParentNode, root: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('li')].filter((li) => isChoice(li) && !root.contains(li) && onPage(li));
}

/** The floating layer around a list: its nearest fixed/absolute ancestor, else its outermost ancestor below body. */
function layerOf(el: Element): Element {
  const doc = el.ownerDocument;
  let top: Element = el;
  for (let a: Element | null = el.parentElement; a && a !== doc.body && a !== doc.documentElement; a = a.parentElement) {
    const pos = doc.defaultView?.getComputedStyle(a).position;
    if (pos === 'fixed' || pos === 'absolute') return a;
    top = a;
  }
  return top;
}

function commonAncestor(els: Element[]): Element {
  let c: Element = els[0]!;
  while (!els.every((e) => c.contains(e)) && c.parentElement) c = c.parentElement;
  return c;
}

/** Whether the trigger says it is open: `aria-expanded`, else an `is-expanded`/`is-open` class hint (undefined: it does not say). */
const OPEN_HINT = /(?:^|\s)is-(?:expanded|open|opened|active)(?:\s|$)/;
const saysOpen = (root: Element): boolean | undefined =>
  root.hasAttribute('aria-expanded') ? root.getAttribute('aria-expanded') === 'true' : OPEN_HINT.test(root.getAttribute('class') ?? '') || undefined;

/** Beside the trigger (with layout): the layer overlaps its columns, as a dropdown does. */
function besideTrigger(layer: Element, root: Element): boolean {
  if (!hasLayout(root)) return true;
  const a = layer.getBoundingClientRect();
  const b = root.getBoundingClientRect();
  return a.left < b.right && b.left < a.right;
}

/** The layer each trigger opened last time. */
const known = new WeakMap<Element, Element>();

interface Popup {
  layer: Element;
  /** The trigger showed an open hint while it was open (then losing it means closed). */
  hinted: boolean;
}

/**
 * Presses the trigger and returns the ONE layer whose choices appeared after that press and
 * that sits beside it; undefined (anything opened closed again) when it cannot be told.
 */
async function openPlainPopup(root: HTMLElement, timeoutMs: number): Promise<Popup | undefined> {
  const doc = root.ownerDocument;
  const before = new Set(visibleChoices(doc, root));
  // Layers shown before: a closing one may render its rows anew, it is still no new layer.
  const shownBefore = new Set([...before].map(layerOf));
  const fresh = (): Element[] | undefined => {
    const layers = new Set<Element>();
    for (const c of visibleChoices(doc, root)) if (!before.has(c)) layers.add(layerOf(c));
    for (const l of shownBefore) layers.delete(l);
    if (layers.size > 0) return [...layers];
    // Reopened while its last popup was still closing: the same layer comes back, with the same rows.
    const last = known.get(root);
    return last?.isConnected && isShown(last) && saysOpen(root) === true && visibleChoices(last, root).length > 0 ? [last] : undefined;
  };
  // No scrolling: Tea closes its popups on scroll (a focus that scrolls closes what it opened).
  root.focus?.({ preventScroll: true });
  pressLikeUser(root);
  let layers = await waitFor(fresh, Math.min(timeoutMs, 1000));
  // Closed again before it showed (a late scroll of the page): one more press.
  if (!layers && saysOpen(root) !== true) {
    pressLikeUser(root);
    layers = await waitFor(fresh, Math.min(timeoutMs, 1000));
  }
  // Let a second layer that opened with it show up too (then it is ambiguous).
  const all = layers ? ((await pause(30), fresh()) ?? layers) : [];
  const layer = all.length === 1 ? all[0]! : undefined;
  const open = saysOpen(root);
  if (layer && open !== false && besideTrigger(layer, root)) {
    known.set(root, layer);
    return { layer, hinted: open === true };
  }
  if (all.length > 0) await closePlainPopup(root, { layer: commonAncestor(all), hinted: open === true });
  // Open with no list we could see: closed again, nothing chosen.
  else if (open === true) pressKey(root, 'Escape');
  return undefined;
}

/** Layers a close or a committed choice left animating out, waited for once at the end of a restore. */
const closing = new Map<Element, HTMLElement>();

const isClosed = (p: Popup, root: Element): boolean => !p.layer.isConnected || !isShown(p.layer) || (p.hinted && saysOpen(root) !== true);

/** Escape on the trigger, else a press outside; the leave animation is waited for by `settlePlainDropdowns`. */
async function closePlainPopup(root: HTMLElement, p: Popup): Promise<boolean> {
  for (const press of [() => pressKey(root, 'Escape'), () => pressLikeUser(root.ownerDocument.body)]) {
    if (isClosed(p, root)) break;
    press();
    await waitFor(() => isClosed(p, root), 400);
  }
  if (p.layer.isConnected && isShown(p.layer)) closing.set(p.layer, root);
  return isClosed(p, root);
}

/** Every layer left closing is gone (or is closed now); false when one stays open. */
export async function settlePlainDropdowns(): Promise<boolean> {
  const left = [...closing];
  closing.clear();
  const gone = (layer: Element): boolean => !layer.isConnected || !isShown(layer);
  const done = await Promise.all(
    left.map(async ([layer, root]) => {
      if (await waitFor(() => gone(layer), 800)) return true;
      pressKey(root, 'Escape');
      return !!(await waitFor(() => gone(layer), 600));
    }),
  );
  return done.every(Boolean);
}

const labelOf = (li: Element): string => norm(li.textContent ?? '') || norm(li.getAttribute('title') ?? '');
const boxOf = (li: Element): HTMLInputElement | null => li.querySelector('input[type="checkbox"], input[type="radio"]');
const isChosen = (li: Element): boolean => boxOf(li)?.checked ?? li.getAttribute('aria-selected') === 'true';

/** The one choice labelled `text` in the layer (scrolling a virtual list when needed); none when two match. */
async function findChoice(p: Popup, root: Element, text: string): Promise<HTMLElement | undefined> {
  const want = norm(text);
  const one = (): HTMLElement | undefined => {
    const hits = visibleChoices(p.layer, root).filter((c) => labelOf(c) === want);
    return hits.length === 1 ? hits[0] : undefined;
  };
  const now = one();
  if (now) return now;
  const sc = scroller(p.layer);
  if (!sc) return undefined;
  sc.scrollTop = 0;
  for (let i = 0; i < 60; i++) {
    sc.dispatchEvent(new Event('scroll'));
    await pause(40);
    const found = one();
    if (found) return found;
    const top = sc.scrollTop;
    sc.scrollTop = top + Math.max(sc.clientHeight * 0.8, 20);
    if (sc.scrollTop === top) break;
  }
  return undefined;
}

/** The button that commits a staged multiple choice (确定 / OK), outside the choices. */
const COMMIT = /^(?:确定|确认|完成|ok|confirm|apply|done)$/i;
function commitButton(p: Popup): HTMLElement | undefined {
  return [...p.layer.querySelectorAll<HTMLElement>('button, [role="button"]')].find((b) => !b.closest('li') && COMMIT.test(cleanText(b.textContent ?? '')) && isShown(b));
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.some((y) => norm(x) === norm(y)));

export interface PlainFill {
  timeoutMs: number;
}

/**
 * Chooses `want` (labels) in the trigger's own popup and reads back what the trigger shows.
 * Fails without choosing anything when a wanted label is not exactly one choice of ITS popup;
 * a multiple select's staged boxes are then dropped by closing without committing.
 */
export async function fillPlainDropdown(root: HTMLElement, want: string[], opts: PlainFill): Promise<FillOutcome> {
  if (sameSet(readPlainDropdown(root), want)) return OK;
  const p = await openPlainPopup(root, opts.timeoutMs);
  if (!p) return fail('popup-not-found');
  const multiple = visibleChoices(p.layer, root).some((c) => boxOf(c)?.type === 'checkbox');
  let closes = false;
  try {
    if (!multiple && want.length !== 1) return fail('bad-value');
    // Every wanted label must be found before anything is pressed.
    const found: HTMLElement[] = [];
    for (const w of want) {
      const c = await findChoice(p, root, w);
      if (!c) return fail(`no-such-option: ${w}`);
      found.push(c);
    }
    if (!multiple) {
      pressLikeUser(found[0]!);
      closes = true;
    } else {
      const commit = commitButton(p);
      const wanted = new Set(want.map(norm));
      for (const c of visibleChoices(p.layer, root)) if (isChosen(c) && !wanted.has(labelOf(c))) await toggle(c, false);
      for (const w of want) {
        // Re-found: a list may render its rows anew after a click.
        const c = await findChoice(p, root, w);
        if (!c) return fail(`no-such-option: ${w}`);
        if (!isChosen(c)) await toggle(c, true);
      }
      if (commit) {
        pressLikeUser(commit);
        closes = true;
      }
    }
    const took = await waitFor(() => sameSet(readPlainDropdown(root), want), Math.min(opts.timeoutMs, 1500));
    return took ? OK : fail('rejected-by-page');
  } finally {
    // A committed choice closes its popup itself; otherwise (or when it did not) close it.
    if (!(closes && (await waitFor(() => isClosed(p, root), 400)))) await closePlainPopup(root, p);
    else if (p.layer.isConnected && isShown(p.layer)) closing.set(p.layer, root);
  }
}

/** One press on a box's label (a press on the row itself is ignored by some lists), then wait until it shows the new state. */
async function toggle(li: HTMLElement, chosen: boolean): Promise<void> {
  const box = boxOf(li);
  pressLikeUser(box?.closest('label') ?? box ?? li);
  await waitFor(() => !li.isConnected || isChosen(li) === chosen, 600);
  await pause(30);
}
