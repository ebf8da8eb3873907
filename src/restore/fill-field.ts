import type { FieldValue } from '../domain/draft-file';
import type { RecognizedField } from '../recognition/types';
import { splitComposite } from './composite';
import { clickToState, isCheckable, isSelect, isTextControl, norm, waitFor } from '../controls/dom-events';
import { fail, OK, type FillOutcome } from '../controls/outcome';
import { fillNativeSelect } from '../controls/native-select';
import { fillTextInput } from '../controls/native-input';
import { addonOf, readAddonInput, valueAfterAddon } from '../controls/addon-input';
import { fillCascader, matchesCascader } from '../controls/cascader';
import { fillChoices as fillChoiceGroup, matchesChoiceBox } from '../controls/choice-group';
import { fillCombobox } from '../controls/combobox-fill';
import { COMPONENT_SELECT_CLASSES } from '../controls/control-kind';
import { fillPlainDropdown, matchesPlainDropdown } from '../controls/plain-dropdown';

const CUSTOM_SELECT = [...COMPONENT_SELECT_CLASSES.map((c) => `.${c}`), '[role="combobox"]:not(input)'].join(', ');
/** A library's select or cascader wrapper by its class token (t-select, tiny-cascader …): a hint only. */
const COMPONENT_TOKEN = /(?:^|\s)[a-z]+-(?:select|cascader|dropdown)(?:\s|$)/;

/** The component a control belongs to: a known wrapper, else the nearest one by class token, else none. */
function componentRoot(el: HTMLElement): HTMLElement | null {
  const hinted = el.closest<HTMLElement>(CUSTOM_SELECT);
  if (hinted) return hinted;
  for (let a: HTMLElement | null = el, i = 0; a && i < 6; a = a.parentElement, i++) if (COMPONENT_TOKEN.test(a.getAttribute('class') ?? '')) return a;
  return el.querySelector('[role="combobox"]') ? el : null;
}

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
        // Cascading region: each key fills its own select, waiting for its options (the restore
        // fills province, city, district in that order). Locked text must already agree.
        if (isLocked(field)) return fail('locked');
        // One control showing the whole region (a cascader): restoreFields fills its parts together.
        if (field.part !== undefined) return await fillRegionPath(field, Array.isArray(value) ? value : [], timeoutMs);
        return await fillSelect(field.elements[0] ?? field.anchor, value, timeoutMs);
      case 'checkbox-group':
        return await fillChoices(field, value, true);
      case 'radio-group':
        return await fillChoices(field, value, false);
      case 'composite':
        return fillComposite(field, value);
    }
  } catch (err) {
    return fail(`error: ${err instanceof Error ? err.message : String(err)}`);
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
  return text !== undefined && norm(anchor.textContent ?? '') === norm(text) ? OK : fail('locked');
}

async function fillText(field: RecognizedField, value: FieldValue, timeoutMs: number): Promise<FillOutcome> {
  if (typeof value === 'boolean') return fail('bad-value');
  let inputs = field.elements.filter(isTextControl);
  if (inputs.length === 0) return fail('no-input');
  // The read-only input a component select shows its value in: choose through the component.
  const only = inputs.length === 1 ? inputs[0]! : undefined;
  if (only?.readOnly && componentRoot(only)) return fillSelect(only, value, timeoutMs);
  const list = Array.isArray(value) ? value : undefined;
  // A list over several inputs (domains): add rows with the page's own "add" button if needed.
  if (list && list.length > inputs.length) inputs = (await growList(inputs, list.length, timeoutMs)) ?? inputs;
  if (!list || inputs.length === 1) {
    const el = inputs[0]!;
    const text = list ? list.join(el.tagName === 'TEXTAREA' ? '\n' : ', ') : (value as string);
    return fillTextInput(el, text);
  }
  // Every input is written (surplus rows emptied) before the first failure is reported.
  const results = inputs.map((el, i) => fillTextInput(el, list[i] ?? ''));
  if (list.length > inputs.length) return fail(`no-room: ${list.length - inputs.length} more value(s) than inputs`);
  return results.find((r) => !r.ok) ?? OK;
}

const ADD_BUTTON = /添加|增加|新增|\badd\b|^\s*\+/i;

/** Clicks the list's "add" button (添加 / Add / +) until there are `count` inputs. */
async function growList(
  inputs: (HTMLInputElement | HTMLTextAreaElement)[],
  count: number,
  timeoutMs: number,
): Promise<(HTMLInputElement | HTMLTextAreaElement)[] | undefined> {
  // The list container is the nearest ancestor (within a few levels) holding an add button.
  let scope = inputs[0]!.parentElement;
  let button: HTMLElement | undefined;
  for (let depth = 0; scope && depth < 4 && !button; depth++) {
    button = [...scope.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find((b) => ADD_BUTTON.test(b.textContent ?? ''));
    if (!button) scope = scope.parentElement;
  }
  if (!scope || !button) return undefined;
  const list = scope;
  const rows = (): (HTMLInputElement | HTMLTextAreaElement)[] => collect([list], isTextControl);
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
  if (typeof value === 'boolean') return fail('bad-value');
  if (isSelect(el)) {
    const text = asText(value)!;
    if (el.disabled) return optionTextMatches(el, text) ? OK : fail('disabled');
    return fillNativeSelect(el, text, timeoutMs);
  }
  // A component-library select: choose through its own popup (a list value: a multiple select).
  const custom = componentRoot(el);
  if (!custom && isTextControl(el)) return fillTextInput(el, asText(value)!);
  const root = custom ?? el;
  if (matchesCascader(root)) return fail('unsupported-control');
  const want = Array.isArray(value) ? value : [value];
  // A dropdown without ARIA (Tea): its popup is the layer our press opened.
  if (matchesPlainDropdown(root)) return fillPlainDropdown(root, want, { timeoutMs });
  return fillCombobox(root, want, { timeoutMs });
}

/** A cascader holding province/city/district: the whole path at once. */
async function fillRegionPath(field: RecognizedField, path: string[], timeoutMs: number): Promise<FillOutcome> {
  const el = field.elements[0] ?? field.anchor;
  // Recognition found one control showing the whole region: walk it as a cascader (a popup
  // without menus fails the walk, nothing is chosen).
  const root = componentRoot(el);
  if (!root) return fail('unsupported-control');
  return fillCascader(root, path, { timeoutMs });
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

// Labels are read as the draft read them (the same adapter), so stored values match.
async function fillChoices(field: RecognizedField, value: FieldValue, multiple: boolean): Promise<FillOutcome> {
  const boxes = collect(field.elements, isCheckable);
  if (typeof value === 'boolean') {
    if (boxes.length !== 1) return fail('bad-value');
    clickToState(boxes[0]!, value);
    return boxes[0]!.checked === value ? OK : fail('rejected-by-page');
  }
  const wanted = Array.isArray(value) ? value : multiple ? splitList(value) : [value];
  return fillChoiceGroup(boxes.length > 0 ? boxes : field.elements.filter(matchesChoiceBox), wanted, multiple);
}

/** The field's controls of one kind: the elements themselves or the ones inside them, once each. */
function collect<T extends Element>(elements: HTMLElement[], is: (el: Element) => el is T): T[] {
  const out = new Set<T>();
  for (const el of elements) {
    if (is(el)) out.add(el);
    else for (const inner of el.querySelectorAll('input, textarea')) if (is(inner)) out.add(inner);
  }
  return [...out];
}

function splitList(s: string): string[] {
  return s.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean);
}

function fillComposite(field: RecognizedField, value: FieldValue): FillOutcome {
  const text = asText(value);
  if (text === undefined) return fail('bad-value');
  const inputs = collect(field.elements, isTextControl);
  // One input after an addon ("086-"): only what follows the addon is typed.
  const only = inputs.length === 1 ? inputs[0]! : undefined;
  if (only instanceof HTMLInputElement && addonOf(only)) {
    const rest = valueAfterAddon(text, readAddonInput(only).addon);
    return typeof rest === 'string' ? fillTextInput(only, rest) : rest;
  }
  const split = splitComposite(field.key, text, field.prefixText, inputs.length);
  if (!split.ok) return split;
  for (let i = 0; i < inputs.length; i++) {
    const r = fillTextInput(inputs[i]!, split.parts[i] ?? '');
    if (!r.ok) return r;
  }
  return OK;
}
