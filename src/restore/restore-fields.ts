import type { FieldValues } from '../domain/draft-file';
import type { RestoreReport } from '../drafts/messages';
import { hasValue } from '../drafts/sanitize';
import type { FormRecognition, RecognizedField } from '../recognition/types';
import { settlePopups } from '../controls/combobox-popup';
import { settlePlainDropdowns } from '../controls/plain-dropdown';
import { equivalent } from '../controls/equivalent';
import { isSelect } from '../controls/dom-events';
import { fillField, isLocked, type FillOptions } from './fill-field';

export interface RestoreInput {
  recognition: FormRecognition;
  /** What the page holds now (the form session's values). */
  current: FieldValues;
  /** The draft's values. */
  draft: FieldValues;
  /** Only these keys (restore one field); default: every key of the draft. */
  keys?: string[];
  /** Overwrite values on the page that differ from the draft (the user was asked). */
  overwrite?: boolean;
}

/** Region selects cascade: the province must be set before the city has options. */
const FIRST = ['subject.province', 'subject.city', 'subject.district'];

/**
 * Fills the page from a draft and says what happened to every key: filled, failed (with the
 * reason) or skipped (`not-on-page`, `empty`, `same-value`, `user-value`). A value the user
 * typed on the page that differs from the draft is never overwritten unless `overwrite`.
 */
export async function restoreFields(input: RestoreInput, opts: FillOptions = {}): Promise<RestoreReport> {
  const report: RestoreReport = { filled: [], failed: [], skipped: [] };
  const secretEls = new Set<Element>(input.recognition.secrets.map((s) => s.element));
  const byKey = new Map<string, RecognizedField>();
  for (const f of input.recognition.fields) {
    if (f.elements.some((el) => secretEls.has(el))) continue;
    if (!byKey.has(f.key)) byKey.set(f.key, f);
  }
  const wanted = input.keys ?? Object.keys(input.draft);
  // The cascade first, then page order, then the keys not on the page.
  const ordered = [...new Set([...FIRST, ...byKey.keys(), ...wanted])].filter((k) => wanted.includes(k));
  const doneParts = new Set<Element | undefined>();
  for (const key of ordered) {
    const value = input.draft[key];
    const field = byKey.get(key);
    const now = field && !showsPlaceholder(field) ? input.current[key] : undefined;
    const skip = (reason: string): void => {
      report.skipped.push({ key, reason });
    };
    if (value === undefined || !hasValue(value)) skip('empty');
    else if (!field) skip('not-on-page');
    else if (equivalent(now, value)) skip('same-value');
    // Locked on this page (chosen at an earlier step): it cannot be changed here.
    else if (isLocked(field)) report.failed.push({ key, reason: 'locked' });
    else if (hasValue(now) && !input.overwrite) skip('user-value');
    else if (field.part !== undefined) {
      // A cascader holds the whole region: its levels are chosen together, once.
      if (doneParts.has(field.elements[0])) continue;
      doneParts.add(field.elements[0]);
      const keys = partKeys(byKey, field);
      const path = keys.map((k) => input.draft[k]);
      const r = path.every((p) => typeof p === 'string' && p) ? await fillField(field, path as string[], opts) : { ok: false as const, reason: 'incomplete-region' };
      for (const k of keys.filter((k) => wanted.includes(k) && !equivalent(input.current[k], input.draft[k]))) {
        if (r.ok) report.filled.push(k);
        else report.failed.push({ key: k, reason: r.reason });
      }
    } else {
      const r = await fillField(field, value, opts);
      if (r.ok) report.filled.push(key);
      else report.failed.push({ key, reason: r.reason });
    }
  }
  // Popups that closed themselves after a choice: closed by now, or closed here.
  await Promise.all([settlePopups(), settlePlainDropdowns()]);
  return report;
}

/** The region keys one control holds (a cascader), in level order. */
function partKeys(byKey: Map<string, RecognizedField>, field: RecognizedField): string[] {
  return [...byKey.values()]
    .filter((f) => f.part !== undefined && f.elements[0] === field.elements[0])
    .sort((a, b) => a.part! - b.part!)
    .map((f) => f.key);
}

/** A native select still on its empty first option ("请选择…", value "") holds nothing the user typed. */
function showsPlaceholder(field: RecognizedField): boolean {
  const el = field.elements[0];
  return !!el && isSelect(el) && el.value === '' && el.selectedIndex <= 0;
}
