/**
 * Where a control's label text comes from, strongest first: aria-labelledby, label[for],
 * a wrapping label, the component library's form-item label, a table cell to the left or
 * above, aria-label. Weaker: the text just before it, placeholder, title, name/id.
 */
import type { LabelRoot } from './dom-walk';
import { containsControl } from './controls';

export const FORM_ITEM_SELECTOR =
  '.ant-form-item, .el-form-item, .tea-form__item, .next-form-item, .form-item, .form-group, .arco-form-item, .t-form__item';
const FORM_ITEM_LABEL_SELECTOR =
  '.ant-form-item-label, .el-form-item__label, .tea-form__label, .next-form-item-label, .arco-form-item-label, .t-form__label, .form-label, .control-label';

export function textOf(el: Element | null | undefined): string {
  return el?.textContent ?? '';
}

export function ariaLabelledBy(el: Element, root: LabelRoot): string | undefined {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return undefined;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    if (!id) continue;
    const target = root.getElementById(id) ?? el.ownerDocument.getElementById(id);
    if (target) parts.push(textOf(target));
  }
  return parts.length ? parts.join(' ') : undefined;
}

const LABEL_CONTROLS = 'select, textarea, button';

/** Text of a label without the texts of controls inside it (a select's options). */
export function labelText(label: Element | null | undefined): string | undefined {
  if (!label) return undefined;
  let text = textOf(label);
  // One querySelector (usually null) is cheaper than a NodeList.
  if (!label.querySelector(LABEL_CONTROLS)) return text;
  for (const inner of label.querySelectorAll(LABEL_CONTROLS)) {
    const t = textOf(inner);
    if (t) text = text.replace(t, ' ');
  }
  return text;
}

export function labelForText(el: Element, labelsFor: Map<LabelRoot, Map<string, HTMLLabelElement>>, root: LabelRoot): string | undefined {
  // (The walk keeps labels with a non-empty for only.)
  return labelText(labelsFor.get(root)?.get(el.id));
}

export function wrappingLabelText(el: Element): string | undefined {
  return labelText(el.parentElement?.closest('label'));
}

/** The label of the nearest component-library form item that has one (nested items for composites). */
export function formItemLabel(el: Element): { text: string; item: Element } | undefined {
  let from: Element | null = el;
  for (let depth = 0; depth < 3; depth++) {
    const item: Element | null | undefined = from?.closest(FORM_ITEM_SELECTOR);
    if (!item) break;
    const label = item.querySelector(FORM_ITEM_LABEL_SELECTOR);
    if (label && !label.contains(el)) {
      const text = textOf(label);
      if (text.trim()) return { text, item };
    }
    from = item.parentElement;
  }
  return undefined;
}

/** Table layouts: the nearest cell to the left with text and no control, else the cell above. */
export function tableCellLabel(el: Element): string | undefined {
  const cell = el.closest('td, th');
  if (!cell) return undefined;
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return undefined;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (containsControl(c)) break;
    const t = textOf(c);
    if (t.trim()) return t;
  }
  // Row above, same column (label row over input row).
  const above = row.previousElementSibling;
  if (above && above.tagName === 'TR') {
    const aboveCell = above.children[[...row.children].indexOf(cell)];
    if (aboveCell && !containsControl(aboveCell)) {
      const t = textOf(aboveCell);
      if (t.trim()) return t;
    }
  }
  return undefined;
}

/** Do two elements share an ancestor within `levels` levels of `b`? */
export function shareAncestor(a: Element, b: Element, levels: number): boolean {
  let p: Element | null = b.parentElement;
  for (let i = 0; p && i < levels; i++, p = p.parentElement) {
    if (p.contains(a)) return true;
  }
  return false;
}
