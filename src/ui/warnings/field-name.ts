import { formItemLabel, labelText, tableCellLabel } from '../../recognition/label-sources';

/**
 * A field's name as the page labels it (label[for], aria-label, the component library's form
 * item, the table cell beside it), without required stars and colons. `undefined` when the
 * page gives none we can trust: the caller then says "this field", never the internal key.
 */
export function pageFieldName(el: HTMLElement): string | undefined {
  const raw =
    labelText((el as HTMLInputElement).labels?.[0]) || el.getAttribute('aria-label') || formItemLabel(el)?.text || tableCellLabel(el);
  const name = raw?.replace(/^[\s*＊]+|[\s*＊:：]+$/g, '').replace(/\s+/g, ' ');
  return name && name.length <= 40 ? name : undefined;
}
