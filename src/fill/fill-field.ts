import type { FieldValue } from '../domain/draft-file';
import type { RecognizedField } from '../recognition/types';
import { splitComposite } from './composite';
import { clickToState, isCheckable, isDisabled, isSelect, isTextControl, labelOf, norm, setNativeValue, waitFor } from './dom-events';
import { pickFromCustomSelect, selectByText } from './select-option';

const CUSTOM_SELECT = '.el-select, .ant-select, .tea-dropdown, .next-select, [role="combobox"]:not(input)';

export type FillOutcome = { ok: true } | { ok: false; reason: string };

export interface FillOptions {
  /** How long to wait for options or list rows to appear (cascading selects). */
  timeoutMs?: number;
}

/**
 * Writes one stored value into the page's controls for a recognised field, as a user would
 * (native setter + input/change, clicks for checkboxes), and checks that the page kept it.
 * Never throws for a page problem: the outcome says why it failed.
 */
export async function fillField(field: RecognizedField, value: FieldValue, opts: FillOptions = {}): Promise<FillOutcome> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  try {
    switch (field.kind) {
      case 'static':
        return fillStatic(field.anchor, value);
      case 'text':
        return await fillText(field, value, timeoutMs);
      case 'select':
        return await fillSelect(field.elements[0] ?? field.anchor, value, timeoutMs);
      case 'region':
        return await fillRegion(field, value, timeoutMs);
      case 'checkbox-group':
        return fillChoices(field, value, true);
      case 'radio-group':
        return fillChoices(field, value, false);
      case 'composite':
        return fillComposite(field, value);
    }
  } catch (err) {
    return { ok: false, reason: `error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function asText(value: FieldValue): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return undefined;
}

/** Locked fields (shown as text) cannot be filled; they are fine when they already agree. */
function fillStatic(anchor: HTMLElement, value: FieldValue): FillOutcome {
  const text = asText(value);
  if (text !== undefined && norm(anchor.textContent ?? '') === norm(text)) return { ok: true };
  return { ok: false, reason: 'locked' };
}

async function fillText(field: RecognizedField, value: FieldValue, timeoutMs: number): Promise<FillOutcome> {
  if (typeof value === 'boolean') return { ok: false, reason: 'bad-value' };
  let inputs = field.elements.filter(isTextControl);
  if (inputs.length === 0) return { ok: false, reason: 'no-input' };
  const list = Array.isArray(value) ? value : undefined;
  // A list over several inputs (domains): add rows with the page's own "add" button if needed.
  if (list && list.length > inputs.length) {
    const grown = await growList(inputs, list.length, timeoutMs);
    if (grown) inputs = grown;
  }
  if (!list || inputs.length === 1) {
    const el = inputs[0]!;
    const text = list ? list.join(el.tagName === 'TEXTAREA' ? '\n' : ', ') : (value as string);
    return writeText(el, text);
  }
  const failures: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const r = writeText(inputs[i]!, list[i] ?? '');
    if (!r.ok) failures.push(r.reason);
  }
  if (list.length > inputs.length) return { ok: false, reason: `no-room: ${list.length - inputs.length} more value(s) than inputs` };
  return failures.length ? { ok: false, reason: failures[0]! } : { ok: true };
}

function writeText(el: HTMLInputElement | HTMLTextAreaElement, text: string): FillOutcome {
  if (isDisabled(el)) return el.value === text ? { ok: true } : { ok: false, reason: 'disabled' };
  if (el.value !== text) setNativeValue(el, text);
  if (el.value !== text) {
    // maxlength trims: the page cannot hold the stored value.
    return { ok: false, reason: el.maxLength > 0 && text.length > el.maxLength ? 'too-long' : 'rejected-by-page' };
  }
  return { ok: true };
}

const ADD_BUTTON = /添加|增加|新增|\badd\b|^\s*\+/i;

/** Clicks the list's "add" button (添加 / Add / +) until there are `count` inputs. */
async function growList(
  inputs: (HTMLInputElement | HTMLTextAreaElement)[],
  count: number,
  timeoutMs: number,
): Promise<(HTMLInputElement | HTMLTextAreaElement)[] | undefined> {
  // The list container is the nearest ancestor (within a few levels) holding an add button.
  let container: HTMLElement | null = inputs[0]!.parentElement;
  let button: HTMLElement | undefined;
  for (let depth = 0; container && depth < 4 && !button; depth++) {
    button = [...container.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find((b) => ADD_BUTTON.test(b.textContent ?? ''));
    if (!button) container = container.parentElement;
  }
  if (!container || !button) return undefined;
  const scope = container;
  const rows = (): (HTMLInputElement | HTMLTextAreaElement)[] =>
    [...scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(isTextControl);
  let current = rows();
  while (current.length < count) {
    const before = current.length;
    button.click();
    const next = await waitFor(() => {
      const found = rows();
      return found.length > before ? found : undefined;
    }, timeoutMs);
    if (!next) return current;
    current = next;
  }
  return current;
}

async function fillSelect(el: HTMLElement, value: FieldValue, timeoutMs: number): Promise<FillOutcome> {
  const text = asText(value);
  if (text === undefined) return { ok: false, reason: 'bad-value' };
  if (isSelect(el)) {
    if (el.disabled) return optionTextMatches(el, text) ? { ok: true } : { ok: false, reason: 'disabled' };
    return selectByText(el, text, timeoutMs);
  }
  // A component-library select shows its value in a readonly input: pick from its dropdown.
  const custom = el.closest<HTMLElement>(CUSTOM_SELECT);
  if (custom) return pickFromCustomSelect(custom, text, timeoutMs);
  if (isTextControl(el)) return writeText(el, text);
  return pickFromCustomSelect(el, text, timeoutMs);
}

function optionTextMatches(el: HTMLSelectElement, text: string): boolean {
  const sel = el.selectedOptions[0];
  return sel !== undefined && norm(sel.text) === norm(text);
}

/** Controls the user cannot edit (locked fields shown as text). */
export function isLocked(field: RecognizedField): boolean {
  if (field.kind === 'static') return true;
  if (field.kind !== 'region') return false;
  const el = field.elements[0] ?? field.anchor;
  return !isSelect(el) && !isTextControl(el) && !el.matches('[role="combobox"], [class*="select"], [class*="cascader"]');
}

/**
 * Cascading region: each key fills its own select, waiting for its options (the restore fills
 * province, city, district in that order). Static text (locked region) must already agree.
 */
async function fillRegion(field: RecognizedField, value: FieldValue, timeoutMs: number): Promise<FillOutcome> {
  if (isLocked(field)) return { ok: false, reason: 'locked' };
  // One control showing the whole region (a cascader): its parts cannot be set one by one.
  if (field.part !== undefined) return { ok: false, reason: 'unsupported-control' };
  return fillSelect(field.elements[0] ?? field.anchor, value, timeoutMs);
}

function fillChoices(field: RecognizedField, value: FieldValue, multiple: boolean): FillOutcome {
  const boxes = collectCheckables(field.elements);
  if (boxes.length === 0) return { ok: false, reason: 'no-input' };
  const wanted = (Array.isArray(value) ? value : typeof value === 'string' ? (multiple ? splitList(value) : [value]) : []).map(norm);
  if (typeof value === 'boolean' && boxes.length === 1) {
    clickToState(boxes[0]!, value);
    return boxes[0]!.checked === value ? { ok: true } : { ok: false, reason: 'rejected-by-page' };
  }
  const byLabel = new Map(boxes.map((b) => [norm(labelOf(b)), b] as const));
  const missing = wanted.filter((w) => !byLabel.has(w));
  if (multiple) {
    for (const b of boxes) {
      if (isDisabled(b)) continue;
      clickToState(b, wanted.includes(norm(labelOf(b))));
    }
  } else {
    const target = wanted[0] !== undefined ? byLabel.get(wanted[0]) : undefined;
    if (target) clickToState(target, true);
  }
  if (missing.length > 0) return { ok: false, reason: `no-such-option: ${missing.join(', ')}` };
  const wrong = boxes.filter((b) => b.checked !== wanted.includes(norm(labelOf(b))));
  return wrong.length === 0 ? { ok: true } : { ok: false, reason: 'rejected-by-page' };
}

function collectCheckables(elements: HTMLElement[]): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  for (const el of elements) {
    if (isCheckable(el)) out.push(el);
    else out.push(...[...el.querySelectorAll('input')].filter(isCheckable));
  }
  return [...new Set(out)];
}

function splitList(s: string): string[] {
  return s.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean);
}

function fillComposite(field: RecognizedField, value: FieldValue): FillOutcome {
  const text = asText(value);
  if (text === undefined) return { ok: false, reason: 'bad-value' };
  const inputs = collectInputs(field.elements);
  const split = splitComposite(field.key, text, field.prefixText, inputs.length);
  if (!split.ok) return split;
  for (let i = 0; i < inputs.length; i++) {
    const r = writeText(inputs[i]!, split.parts[i] ?? '');
    if (!r.ok) return r;
  }
  return { ok: true };
}

function collectInputs(elements: HTMLElement[]): (HTMLInputElement | HTMLTextAreaElement)[] {
  const out: (HTMLInputElement | HTMLTextAreaElement)[] = [];
  for (const el of elements) {
    if (isTextControl(el)) out.push(el);
    else out.push(...[...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(isTextControl));
  }
  return [...new Set(out)];
}
