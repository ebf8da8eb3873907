/**
 * Reads a recognised field's current value from the page. Never reads secrets.
 */
import type { FieldValue, FieldValues } from '../domain/draft-file';
import { LIST_SUBKEYS, parseFieldKey } from '../domain/field-keys';
import { COMPONENT_SELECT_CLASSES, COMPONENT_SELECT_VALUE, hasAnyClass, PLACEHOLDER_VALUE, inputType } from './controls';
import { cleanText } from './normalize';
import { splitRegionText } from './region-text';
import { isMarkedSecret } from './secret-registry';
import type { FormRecognition, RecognizedField } from './types';

const SECRET_ATTR = /captcha|checkcode|vcode|verifycode|smscode|password|passwd|pwd/i;

function isSecretElement(el: HTMLElement): boolean {
  if (isMarkedSecret(el)) return true;
  if (el.tagName === 'INPUT' && inputType(el) === 'password') return true;
  const attrs = `${el.getAttribute('name') ?? ''} ${el.id}`;
  return SECRET_ATTR.test(attrs);
}

function isPlaceholder(text: string): boolean {
  return !text || PLACEHOLDER_VALUE.test(text);
}

/** The text a component-library select shows as its value (placeholder → ''). */
function componentSelectText(el: HTMLElement): string[] {
  const multi = el.querySelectorAll('.ant-select-selection-item-content, .el-select__tags-text, .el-tag__content, .next-tag-body');
  if (multi.length > 1) return [...multi].map((m) => cleanText(m.textContent ?? '')).filter((t) => !isPlaceholder(t));
  const shown = el.querySelector(COMPONENT_SELECT_VALUE);
  if (!shown) return [];
  if (shown.classList.contains('is-transparent') || shown.classList.contains('is-placeholder')) return [];
  const text = cleanText(shown.tagName === 'INPUT' ? (shown as HTMLInputElement).value : (shown.getAttribute('title') ?? shown.textContent ?? ''));
  return isPlaceholder(text) ? [] : [text];
}

/** The option's visible label: wrapping label, label[for], aria-label, following text, value. */
export function optionLabel(input: HTMLInputElement): string {
  const wrap = input.closest('label');
  if (wrap) {
    const t = cleanText(wrap.textContent ?? '');
    if (t) return t;
  }
  if (input.id) {
    const root = input.getRootNode() as Document | ShadowRoot;
    const forLabel = [...(root.querySelectorAll?.('label[for]') ?? [])].find((l) => (l as HTMLLabelElement).htmlFor === input.id);
    const t = cleanText(forLabel?.textContent ?? '');
    if (t) return t;
  }
  const aria = input.getAttribute('aria-label');
  if (aria) return cleanText(aria);
  const next = input.nextSibling;
  const t = cleanText(next?.textContent ?? '');
  return t || input.value;
}

/** Values of one element: the selected option TEXTS of a select, the text of a component select. */
function elementValues(el: HTMLElement): string[] {
  if (el.tagName === 'SELECT') {
    const sel = el as HTMLSelectElement;
    const single = sel.multiple ? undefined : sel.options[sel.selectedIndex];
    // selectedIndex is -1 in some DOM implementations (happy-dom parsing <option selected>): fall back to the flags.
    const chosen = single ? [single] : [...sel.options].filter((o) => o.selected);
    // An explicit value="" marks a placeholder option ("选择负责人证件类型"), whatever its text;
    // an option without a value attribute has its text as value, so it is never dropped here.
    return chosen
      .filter((o) => o.value !== '')
      .map((o) => cleanText(o.text))
      .filter((t) => !isPlaceholder(t));
  }
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const v = (el as HTMLInputElement).value.trim();
    return v ? [v] : [];
  }
  if (hasAnyClass(el, COMPONENT_SELECT_CLASSES)) return componentSelectText(el);
  const t = cleanText(el.textContent ?? '');
  return t ? [t] : [];
}

function staticText(field: RecognizedField): string {
  const raw = field.anchor.textContent ?? '';
  if (!field.labelInText) return cleanText(raw);
  const colon = raw.search(/[:：]/);
  return cleanText(colon >= 0 ? raw.slice(colon + 1) : raw);
}

/** The composite's prefix now: its element's text when known (placeholders → ''). */
function prefixOf(field: RecognizedField): string {
  if (field.prefixElement?.isConnected) {
    const t = cleanText(field.prefixElement.textContent ?? '');
    return /^请/.test(t) ? '' : t;
  }
  return field.prefixText ?? '';
}

function splitList(values: string[]): string[] {
  return values.flatMap((v) => v.split(/[\s,，;；、]+/)).map((s) => s.trim()).filter(Boolean);
}

function joinPhone(prefix: string | undefined, values: string[]): string | undefined {
  if (values.length === 0) return undefined;
  const parts = [...(prefix ?? '').split(/[\s-]+/), ...values].map((s) => s.trim()).filter(Boolean);
  return parts.join('-');
}

export function readFieldValue(field: RecognizedField): FieldValue | undefined {
  if (field.key.startsWith('secret') || field.elements.some(isSecretElement)) return undefined;
  const sub = parseFieldKey(field.key)?.sub ?? '';
  const isList = LIST_SUBKEYS.has(sub);

  switch (field.kind) {
    case 'checkbox-group': {
      const checked = field.elements.filter((e) => (e as HTMLInputElement).checked).map((e) => optionLabel(e as HTMLInputElement));
      return checked;
    }
    case 'radio-group': {
      const checked = field.elements.find((e) => (e as HTMLInputElement).checked);
      if (!checked) return undefined;
      const label = optionLabel(checked as HTMLInputElement);
      return isList ? [label] : label;
    }
    case 'static': {
      const text = staticText(field);
      if (field.part !== undefined) return splitRegionText(text)[field.part] || undefined;
      if (!text) return undefined;
      return isList ? splitList([text]) : text;
    }
    case 'composite': {
      const values = field.elements.flatMap(elementValues);
      const prefix = prefixOf(field);
      if (sub.endsWith('hone') || sub.endsWith('mobile')) return joinPhone(prefix, values);
      if (values.length === 0) return undefined;
      if (isList) return splitList(values);
      return prefix.replace(/\s+/g, '') + values.join('');
    }
    default: {
      if (field.part !== undefined) {
        const text = field.elements.flatMap(elementValues).join(' ');
        return splitRegionText(text)[field.part] || undefined;
      }
      const values = field.elements.flatMap(elementValues);
      if (isList) {
        return field.kind === 'select' ? values : splitList(values);
      }
      return values.length ? values.join(' ') : undefined;
    }
  }
}

/** All values under their keys; secrets skipped; repeated list keys merged. */
export function readValues(recognition: FormRecognition): FieldValues {
  const out: FieldValues = {};
  for (const field of recognition.fields) {
    const v = readFieldValue(field);
    if (v === undefined) continue;
    const prev = out[field.key];
    if (Array.isArray(prev) && Array.isArray(v)) out[field.key] = [...prev, ...v.filter((x) => !prev.includes(x))];
    else if (prev === undefined) out[field.key] = v;
  }
  return out;
}
