/**
 * Reads a recognised field's current value from the page. Never reads secrets.
 */
import type { FieldValue, FieldValues } from '../domain/draft-file';
import { LIST_SUBKEYS, parseFieldKey } from '../domain/field-keys';
import { readRegionOf } from '../controls/cascader';
import { readChoices } from '../controls/choice-group';
import { matchesCombobox, readCombobox } from '../controls/combobox';
import { readTextInput } from '../controls/native-input';
import { matchesNativeSelect, readNativeSelect } from '../controls/native-select';
import { matchesPlainDropdown, readPlainDropdown } from '../controls/plain-dropdown';
import { inputType } from './controls';
import { cleanText } from './normalize';
import { splitRegionText } from '../controls/region-text';
import { isMarkedSecret } from './secret-registry';
import type { FormRecognition, RecognizedField } from './types';

const SECRET_ATTR = /captcha|checkcode|vcode|verifycode|smscode|password|passwd|pwd/i;

function isSecretElement(el: HTMLElement): boolean {
  if (isMarkedSecret(el)) return true;
  if (el.tagName === 'INPUT' && inputType(el) === 'password') return true;
  return SECRET_ATTR.test(`${el.getAttribute('name') ?? ''} ${el.id}`);
}

function textIn(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** Values of one element: the selected option TEXTS of a select, the text of a component select. */
function elementValues(el: HTMLElement): string[] {
  if (matchesNativeSelect(el)) return readNativeSelect(el);
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return readTextInput(el as HTMLInputElement);
  if (matchesPlainDropdown(el)) return readPlainDropdown(el);
  if (matchesCombobox(el)) return readCombobox(el);
  return [textIn(el)].filter(Boolean);
}

/** A static value's text; "标签：值" in one text gives what follows the colon. */
function staticText(field: RecognizedField): string {
  const raw = field.anchor.textContent ?? '';
  return cleanText(raw.slice(field.labelInText ? raw.search(/[:：]/) + 1 : 0));
}

/** The composite's prefix now: its element's text when known (placeholders → ''). */
function prefixOf(field: RecognizedField): string {
  if (field.prefixElement?.isConnected) {
    const t = textIn(field.prefixElement);
    return /^请/.test(t) ? '' : t;
  }
  return field.prefixText ?? '';
}

function splitList(values: string[]): string[] {
  return values.flatMap((v) => v.split(/[\s,，;；、]+/)).filter(Boolean);
}

/** Values are trimmed already (elementValues). */
function joinPhone(prefix: string, values: string[]): string | undefined {
  if (values.length === 0) return undefined;
  return [...prefix.split(/[\s-]+/), ...values].filter(Boolean).join('-');
}

export function readFieldValue(field: RecognizedField): FieldValue | undefined {
  if (field.key.startsWith('secret') || field.elements.some(isSecretElement)) return undefined;
  const { kind, part } = field;
  const sub = parseFieldKey(field.key)?.sub ?? '';
  const isList = LIST_SUBKEYS.has(sub);
  const options = field.elements as HTMLInputElement[];
  // Reading goes through the same adapters restore writes through.
  if (kind === 'checkbox-group') return readChoices(options);
  if (kind === 'radio-group') {
    const label = readChoices(options)[0];
    if (label === undefined) return undefined;
    return isList ? [label] : label;
  }
  const values = kind === 'static' ? [staticText(field)].filter(Boolean) : field.elements.flatMap(elementValues);
  if (kind === 'composite') {
    const prefix = prefixOf(field);
    if (sub.endsWith('hone') || sub.endsWith('mobile')) return joinPhone(prefix, values);
    if (values.length === 0) return undefined;
    return isList ? splitList(values) : prefix.replace(/\s+/g, '') + values.join('');
  }
  // An input with no value of its own: the cascader shows the path beside it (Arco, Tea).
  if (part !== undefined) return (values.length || !field.elements[0] ? splitRegionText(values.join(' ')) : readRegionOf(field.elements[0]))[part] || undefined;
  // An empty list input reads as an empty list, an empty static text as nothing.
  if (isList) return kind === 'select' ? values : values.length || kind !== 'static' ? splitList(values) : undefined;
  return values.length ? values.join(' ') : undefined;
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
