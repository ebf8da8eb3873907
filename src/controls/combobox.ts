/**
 * ARIA combobox with a listbox popup, single or multiple (component-library selects: antd,
 * Element Plus, Arco, TDesign, Fusion, Tea, OpenTiny): what it is and what it shows. Recognised
 * by role first (`role=combobox`), class names only as hints. Runs in the content script;
 * choosing through the popup is combobox-fill.ts (restore bundle only).
 */
import { controlType } from './control-kind';
import { cleanText, PLACEHOLDER_VALUE } from './shown-text';

/** Where the libraries show the chosen value of a single select (hints), most specific first. */
const SHOWN_VALUE =
  '.ant-select-selection-item, .el-select__selected-item:not(.is-transparent), .el-input__inner, .tea-dropdown__value, .tea-select__value, .next-select-values, .next-select-inner em, [class$="-view-value"]';
const HIDDEN_VALUE = /(?:^|\s)is-(?:transparent|placeholder|hidden)(?:\s|$)/;

/**
 * Tags of a multiple select, by class hint: a `<lib>-tag` element (arco-tag, t-tag, tiny-tag,
 * el-tag, next-tag) or a tag's text holder (antd). Wrappers of all tags (arco-input-tag,
 * t-tag-input, tiny-select__tags) are none.
 */
const TAG_HINT = '[class*="tag"], [class*="selection-item-content"]';
const TAG = /(?:^|\s)[a-z]+-tag(?:\s|$)|selection-item-content|tags?(?:__|-)(?:content|text|body)/;

/** The element a combobox is operated through: its `role=combobox` element, else its input, else the root. */
export function comboboxOf(root: Element): HTMLElement {
  if (root.matches('[role="combobox"]')) return root as HTMLElement;
  return root.querySelector<HTMLElement>('[role="combobox"]') ?? root.querySelector<HTMLElement>('input') ?? (root as HTMLElement);
}

export const matchesCombobox = (el: Element): boolean => controlType(el) === 'cselect';

/** The tags shown, outermost match per tag (a tag and its text holder are one). */
function tagsIn(root: Element): Element[] {
  const tags = [...root.querySelectorAll(TAG_HINT)].filter((t) => TAG.test(t.getAttribute('class') ?? ''));
  return tags.filter((t) => !tags.some((o) => o !== t && o.contains(t)));
}

const MULTIPLE_CLASS = /(?:^|[\s_-])(?:multiple|multi)(?:\s|$|-)/;

/** A multiple select: `aria-multiselectable`, tags shown, or the library's "multiple" class hint. */
export function isMultiple(root: Element): boolean {
  return !!root.closest('[aria-multiselectable="true"]') || MULTIPLE_CLASS.test(root.getAttribute('class') ?? '') || tagsIn(root).length > 0;
}

/** What the control shows as chosen: the tags' labels (each once), or the one shown text. */
export function readCombobox(root: Element): string[] {
  const tags = tagsIn(root);
  if (tags.length > 0) return [...new Set(tags.map((t) => cleanText(t.textContent ?? '')).filter(Boolean))];
  // The first shown value that is not a placeholder (Element Plus puts an empty input wrapper first).
  for (const shown of root.querySelectorAll(SHOWN_VALUE)) {
    if (HIDDEN_VALUE.test(shown.getAttribute('class') ?? '')) continue;
    const text = cleanText(shown.tagName === 'INPUT' ? (shown as HTMLInputElement).value : (shown.getAttribute('title') ?? shown.textContent ?? ''));
    if (text) return PLACEHOLDER_VALUE.test(text) ? [] : [text];
  }
  // No hint for this library: the value its own input shows.
  const input = root.querySelector('input');
  const text = cleanText(input?.value ?? '');
  return text && !PLACEHOLDER_VALUE.test(text) ? [text] : [];
}
