/**
 * Checkbox group and radio group: native inputs or ARIA `role=checkbox|radio` with
 * `aria-checked`. Options are told by their labels (also boxes without a value attribute).
 * `fill` clicks one box at a time and waits until the page shows it before the next click:
 * two clicks in one task make some libraries keep only the last.
 */
import { cleanText } from './shown-text';
import { norm } from './equivalent';
import { fail, OK, type FillOutcome } from './outcome';
import { pause, pressLikeUser, waitFor } from './ui-actions';

export type Box = HTMLElement;

export const matchesChoiceBox = (el: Element): boolean =>
  (el.tagName === 'INPUT' && /^(?:checkbox|radio)$/i.test(el.getAttribute('type') ?? '')) || /^(?:checkbox|radio|menuitemcheckbox)$/.test(el.getAttribute('role') ?? '');

export function isChecked(box: Box): boolean {
  return box.tagName === 'INPUT' ? (box as HTMLInputElement).checked : box.getAttribute('aria-checked') === 'true';
}

function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** The option's visible label: wrapping label, label[for], aria-label(ledby), following text, value. */
export function optionLabel(box: Box): string {
  let t = textOf(box.closest('label'));
  if (!t && box.id) {
    const root = box.getRootNode() as Document | ShadowRoot;
    t = textOf([...root.querySelectorAll<HTMLLabelElement>('label[for]')].find((l) => l.htmlFor === box.id));
  }
  if (t) return t;
  const aria = box.getAttribute('aria-label');
  if (aria) return cleanText(aria);
  const by = box.getAttribute('aria-labelledby');
  if (by) return cleanText(by.split(/\s+/).map((id) => box.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  if (box.tagName !== 'INPUT') return textOf(box);
  return textOf(box.nextSibling) || (box as HTMLInputElement).value;
}

/** Labels of the checked boxes, in page order, each once. */
export function readChoices(boxes: Box[]): string[] {
  return [...new Set(boxes.filter(isChecked).map(optionLabel))];
}

const disabled = (b: Box): boolean => (b as HTMLInputElement).disabled === true || b.getAttribute('aria-disabled') === 'true';

/** Clicks like a user (on the box), then waits until the page shows the new state. */
async function clickTo(box: Box, checked: boolean, timeoutMs: number): Promise<boolean> {
  if (isChecked(box) === checked) return true;
  pressLikeUser(box);
  const ok = await waitFor(() => isChecked(box) === checked, timeoutMs);
  // Let the framework finish its update before the next click.
  await pause(20);
  return !!ok;
}

/**
 * Sets the group to exactly `want` (labels; one label for a radio group). Every label must be
 * an option of this group first, else nothing is clicked.
 */
export async function fillChoices(boxes: Box[], want: string[], multiple: boolean, timeoutMs = 1000): Promise<FillOutcome> {
  if (boxes.length === 0) return fail('no-input');
  const wanted = want.map(norm);
  if (!multiple && wanted.length !== 1) return fail('bad-value');
  const byLabel = new Map<string, Box[]>();
  for (const b of boxes) byLabel.set(norm(optionLabel(b)), [...(byLabel.get(norm(optionLabel(b))) ?? []), b]);
  const missing = wanted.filter((w) => byLabel.get(w)?.length !== 1);
  if (missing.length > 0) return fail(`no-such-option: ${missing.join(', ')}`);
  const isWanted = (b: Box): boolean => wanted.includes(norm(optionLabel(b)));
  for (const b of boxes) {
    if (isChecked(b) === isWanted(b) || (!multiple && !isWanted(b))) continue;
    if (disabled(b)) return fail('disabled');
    if (!(await clickTo(b, isWanted(b), timeoutMs))) return fail('rejected-by-page');
  }
  return boxes.every((b) => isChecked(b) === isWanted(b)) ? OK : fail('rejected-by-page');
}
