import type { FieldValues } from '../domain/draft-file';
import type { RestoreReport } from '../drafts/messages';
import { hasValue } from '../drafts/sanitize';
import type { FormRecognition, RecognizedField } from '../recognition/types';
import { settlePopups } from '../controls/combobox-popup';
import { settlePlainDropdowns } from '../controls/plain-dropdown';
import { isTextControl } from '../controls/dom-events';
import { fillTextInput } from '../controls/native-input';
import { fail, OK, type FillOutcome } from '../controls/outcome';
import { fillField, type FillOptions } from './fill-field';

export interface UndoInput {
  recognition: FormRecognition;
  /** What the page held for `keys` before the restore (empty or absent: nothing). */
  previous: FieldValues;
  /** The keys the restore filled. */
  keys: string[];
}

/** What Undo puts back: an earlier restore's previous values stay (the page's own, from before any restore), the new keys added. */
export function rememberBefore(kept: Omit<UndoInput, 'recognition'> | undefined, before: FieldValues, filled: string[]): Omit<UndoInput, 'recognition'> {
  const keys = [...(kept?.keys ?? [])];
  const previous: FieldValues = { ...kept?.previous };
  for (const k of filled) {
    if (keys.includes(k)) continue;
    keys.push(k);
    if (before[k] !== undefined) previous[k] = before[k]!;
  }
  return { keys, previous };
}

/**
 * Puts back what the page held before a restore, through the same engine (overwrite). An empty
 * previous value is cleared only in plain text inputs; any other control (select, cascader,
 * checkbox group) fails its key with `cannot-clear` and keeps the restored value.
 */
export async function undoFields(input: UndoInput, opts: FillOptions = {}): Promise<RestoreReport> {
  // The content script holds no previous values (no restore yet, or undone already).
  if (!input.keys) throw new Error('Nothing to undo');
  const report: RestoreReport = { filled: [], failed: [], skipped: [] };
  const secretEls = new Set<Element>(input.recognition.secrets.map((s) => s.element));
  const byKey = new Map<string, RecognizedField>();
  for (const f of input.recognition.fields) if (!f.elements.some((el) => secretEls.has(el)) && !byKey.has(f.key)) byKey.set(f.key, f);
  for (const key of input.keys) {
    const field = byKey.get(key);
    const prev = input.previous[key];
    let r: FillOutcome;
    if (!field) r = fail('not-on-page');
    // A cascader's levels are chosen together; putting one level back alone is not safe.
    else if (field.part !== undefined) r = fail('cannot-clear');
    else if (prev !== undefined && hasValue(prev)) r = await fillField(field, prev, opts);
    else r = clearText(field);
    if (r.ok) report.filled.push(key);
    else report.failed.push({ key, reason: r.reason });
  }
  await Promise.all([settlePopups(), settlePlainDropdowns()]);
  return report;
}

/** The plain text inputs a field can be emptied through; none when it has any other control. */
export function clearableInputs(field: RecognizedField): (HTMLInputElement | HTMLTextAreaElement)[] | undefined {
  if (field.kind !== 'text' && field.kind !== 'composite') return undefined;
  const inputs: (HTMLInputElement | HTMLTextAreaElement)[] = [];
  for (const el of field.elements) {
    const all = isTextControl(el) ? [el] : [...el.querySelectorAll('input, textarea, select, [role="combobox"]')];
    for (const c of all) {
      // A read-only input shows a component select's choice: no safe way to empty it.
      if (!isTextControl(c) || c.readOnly || c.getAttribute('role') === 'combobox') return undefined;
      inputs.push(c);
    }
  }
  return inputs.length > 0 ? inputs : undefined;
}

function clearText(field: RecognizedField): FillOutcome {
  const inputs = clearableInputs(field);
  if (!inputs) return fail('cannot-clear');
  for (const el of inputs) {
    const r = fillTextInput(el, '');
    if (!r.ok) return r;
  }
  return OK;
}
