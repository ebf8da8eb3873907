/**
 * Opening and closing a combobox's OWN popup (restore bundle only): open it as a user would
 * and take only the popup it names or has just shown; close it with Escape or a press outside;
 * wait for closing animations once, at the end of a restore.
 */
import { comboboxOf } from './combobox';
import { choicesIn, findPopup, isOpen, shownLayers } from './popup';
import { pause, pressKey, pressLikeUser, waitFor } from './ui-actions';

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
    const added = (): boolean => [...shownLayers(doc)].some((l) => !before.has(l));
    for (const press of [() => pressKey(box, 'Escape'), () => pressLikeUser(doc.body), () => pressLikeUser(box)]) {
      press();
      await pause(120);
      if (!added()) break;
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
