/**
 * Cascader: one control holding province / city / district, chosen level by level in a popup
 * of menus (antd, Element Plus, Arco …). Recognised by a class hint or a combobox whose popup
 * is a menu (`aria-haspopup="menu"|"tree"`). `read` gives the level names; `fill` walks the
 * menus one level at a time in ITS popup.
 */
import { cleanText } from './shown-text';
import { splitRegionText } from './region-text';
import { comboboxOf, readCombobox } from './combobox';
import { closePopup, openPopup, type PopupFill } from './combobox-popup';
import { norm } from './equivalent';
import { fail, OK, type FillOutcome } from './outcome';
import { choicesIn, uniqueChoice } from './popup';
import { hover, pressLikeUser, waitFor } from './ui-actions';

export function matchesCascader(el: Element): boolean {
  return /cascader/i.test(el.getAttribute('class') ?? '') || /^(?:menu|tree)$/.test(comboboxOf(el).getAttribute('aria-haspopup') ?? '');
}

/** The chosen path as names, from what the control shows ("广东省 / 深圳市 / 南山区"). */
export function readCascader(root: Element): string[] {
  const shown = readCombobox(root)[0] ?? cleanText((root.querySelector('input') as HTMLInputElement | null)?.value ?? '');
  return shown ? (splitRegionText(shown).filter(Boolean) as string[]) : [];
}

/** One menu per level: elements with a menu role (or a menu class hint), innermost only (a wrapper of all levels is none). */
const MENU = '[role="menu"], [role="tree"], [role="listbox"], [role="group"], [class*="cascader-menu"]:not([class*="item"]), [class*="cascader-list"]:not([class*="item"])';

function menusIn(popup: Element): Element[] {
  const all = [...popup.querySelectorAll(MENU)];
  return all.filter((m) => !all.some((o) => o !== m && m.contains(o)) && choicesIn(m).length > 0);
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
        return menu && uniqueChoice(choicesIn(menu), path[level]!);
      }, Math.min(opts.timeoutMs, 1500));
      if (!item) return fail(`no-such-option: ${path[level]}`);
      hover(item);
      pressLikeUser(item);
    }
    took = !!(await waitFor(() => samePath(readCascader(root), path), Math.min(opts.timeoutMs, 1500)));
    return took ? OK : fail('rejected-by-page');
  } finally {
    await closePopup(root, popup, took);
  }
}
