import { containsControl } from '../../recognition/controls';
import { formItemLabel, labelText, tableCellLabel, textOf } from '../../recognition/label-sources';

/**
 * A field's name as the page labels it (label[for], aria-label, the component library's form
 * item, the table cell beside it, the text before its wrapper), without required stars and
 * colons. `undefined` when the page gives none we can trust: the caller then says "this
 * field", never the internal key.
 */
export function pageFieldName(el: HTMLElement): string | undefined {
  const raw =
    labelText((el as HTMLInputElement).labels?.[0]) || el.getAttribute('aria-label') || formItemLabel(el)?.text || tableCellLabel(el) || textBefore(el);
  const name = raw?.replace(/^[\s*＊]+|[\s*＊:：]+$/g, '').replace(/\s+/g, ' ');
  return name && name.length <= 40 ? name : undefined;
}

/**
 * "label | field" rows without label elements: the sibling before the field's wrapper (not the
 * field's own siblings: those are prefixes such as "086" or the other parts of a region).
 */
function textBefore(el: Element): string | undefined {
  for (let p = el.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
    const prev = p.previousElementSibling;
    if (prev && !containsControl(prev) && textOf(prev).trim()) return textOf(prev);
  }
  return undefined;
}
