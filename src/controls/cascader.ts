/**
 * Cascader: one control holding province / city / district, chosen level by level in a popup
 * of menus (antd, Element Plus, Arco …). Recognised by a class hint or a combobox whose popup
 * is a menu (`aria-haspopup="menu"|"tree"`). `read` gives the level names; `fill` walks the
 * menus one level at a time in ITS popup.
 */
import { cleanText, PLACEHOLDER_VALUE } from './shown-text';
import { splitRegionText } from './region-text';
import { comboboxOf, readCombobox } from './combobox';
import { closePopup, openPopup, type PopupFill } from './combobox-popup';
import { norm } from './equivalent';
import { fail, OK, type FillOutcome } from './outcome';
import { choiceLabel, choicesIn, uniqueChoice } from './popup';
import { hover, pressLikeUser, waitFor } from './ui-actions';

export function matchesCascader(el: Element): boolean {
  return /cascader/i.test(el.getAttribute('class') ?? '') || /^(?:menu|tree)$/.test(comboboxOf(el).getAttribute('aria-haspopup') ?? '');
}

/** The chosen path as names, from what the control shows ("广东省 / 深圳市 / 南山区"). */
export function readCascader(root: Element): string[] {
  const shown = readCombobox(root)[0] ?? shownText(root);
  return shown ? (splitRegionText(shown).filter(Boolean) as string[]) : [];
}

/** A `<lib>-cascader` class token (arco-cascader, tea-cascader, t-cascader): a hint. */
const CASCADER_TOKEN = /(?:^|\s)[a-z]+-cascader(?:\s|$)/;

/** The cascader an input of it belongs to: the nearest popup-owning wrapper (combobox, aria-haspopup) or `<lib>-cascader` one. */
export function cascaderRootOf(el: Element): Element | undefined {
  for (let a: Element | null = el, i = 0; a && i < 6; a = a.parentElement, i++) {
    const owner = a.tagName !== 'INPUT' && (a.getAttribute('role') === 'combobox' || a.hasAttribute('aria-haspopup'));
    if (owner || CASCADER_TOKEN.test(a.getAttribute('class') ?? '')) return a;
  }
  return undefined;
}

/** The region path a cascader's input stands for, read from the whole control ([] when none). */
export function readRegionOf(input: Element): string[] {
  const root = cascaderRootOf(input);
  return root ? readCascader(root) : [];
}

/**
 * The path shown as text beside an empty input (Arco and Tea show it in a span): the first
 * element text outside hidden parts (aria-hidden, hidden, inline display:none) that is no
 * placeholder (the input's, a 请选择 text, or a placeholder class hint).
 * Attributes only, no layout read (this runs in the content script).
 */
function shownText(root: Element): string {
  const placeholder = cleanText(root.querySelector('input')?.getAttribute('placeholder') ?? '');
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = cleanText(n.nodeValue ?? '');
    if (!text || text === placeholder || PLACEHOLDER_VALUE.test(text) || isHiddenIn(n.parentElement, root)) continue;
    // React renders "a / b / c" as several text nodes: the whole element's text.
    return cleanText(n.parentElement?.textContent ?? text);
  }
  return '';
}

function isHiddenIn(el: Element | null, root: Element): boolean {
  for (let a = el; a && a !== root.parentElement; a = a.parentElement) {
    if (a.getAttribute('aria-hidden') === 'true' || a.hasAttribute('hidden') || /display\s*:\s*none/i.test(a.getAttribute('style') ?? '')) return true;
    // A placeholder drawn as text ("省/市/区") is no path.
    if (/placeholder/i.test(a.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * One menu per level: the items of a level share one parent list (ul / role=menu / a list
 * div), in every library seen (one popup may hold all levels side by side, as Tea's does), so
 * the popup's choices grouped by parent, in document order, are its levels.
 */
function menusIn(popup: Element): HTMLElement[][] {
  const levels = new Map<Element | null, HTMLElement[]>();
  for (const c of choicesIn(popup)) {
    const list = levels.get(c.parentElement) ?? [];
    list.push(c);
    levels.set(c.parentElement, list);
  }
  return [...levels.values()];
}

/**
 * Where a user clicks an item: on its text, the innermost element still holding the whole
 * label (Arco listens there, not on the item; a press there bubbles to the item too).
 */
function clickTarget(item: HTMLElement): HTMLElement {
  const want = choiceLabel(item);
  for (let t = item; ; ) {
    const inner = [...t.children].find((c): c is HTMLElement => c instanceof HTMLElement && choiceLabel(c) === want);
    if (!inner) return t;
    t = inner;
  }
}

/** An item shown as the open one of its level (aria-expanded, or an active/selected/expanded class hint). */
function isExpanded(item: Element): boolean {
  return item.getAttribute('aria-expanded') === 'true' || /(?:^|[\s_-])(?:is-)?(?:active|selected|expanded)(?:\s|$)/.test(item.getAttribute('class') ?? '');
}

const samePath = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => norm(x) === norm(b[i]!));

export async function fillCascader(root: HTMLElement, path: string[], opts: PopupFill): Promise<FillOutcome> {
  if (path.length === 0 || path.some((p) => !p)) return fail('bad-value');
  if (samePath(readCascader(root), path)) return OK;
  const popup = await openPopup(root, opts.timeoutMs);
  if (!popup) return fail('popup-not-found');
  let took = false;
  try {
    for (let level = 0; level < path.length; level++) {
      // The level's menu, once it lists the wanted name (a menu of the old path may still show).
      const item = await waitFor(() => {
        const menu = menusIn(popup)[level];
        return menu && uniqueChoice(menu, path[level]!);
      }, Math.min(opts.timeoutMs, 1500));
      if (!item) return fail(`no-such-option: ${path[level]}`);
      const next = menusIn(popup)[level + 1]?.[0];
      hover(item);
      pressLikeUser(clickTarget(item));
      // The next level must be this item's: it opened (or was open already). A stale menu of
      // the old path could list the same name under another parent (Vue renders a tick later).
      if (level < path.length - 1 && !(await waitFor(() => isExpanded(item) || menusIn(popup)[level + 1]?.[0] !== next, 600))) return fail('rejected-by-page');
    }
    took = !!(await waitFor(() => samePath(readCascader(root), path), Math.min(opts.timeoutMs, 1500)));
    return took ? OK : fail('rejected-by-page');
  } finally {
    await closePopup(root, popup, took);
  }
}
