import type { FieldValues } from '../domain/draft-file';
import { parseFieldKey } from '../domain/field-keys';
import { hasValue } from './sanitize';
import type { DraftRecord } from './types';

/**
 * Merging two drafts of one filing and splitting one off when the automatic guess was wrong
 * (pure; the repository writes the result in one transaction).
 */

/** A part of a filing the user can split off: the subject, or one website (its index). */
export type FilingSection = 'subject' | number;

export function sectionOf(key: string): FilingSection | undefined {
  const p = parseFieldKey(key);
  if (!p) return undefined;
  return p.section === 'subject' ? 'subject' : p.index;
}

/** The sections a draft holds values for, subject first, websites in order. */
export function sectionsOf(fields: FieldValues): FilingSection[] {
  const found = new Set<FilingSection>();
  for (const [k, v] of Object.entries(fields)) {
    const s = sectionOf(k);
    if (s !== undefined && hasValue(v)) found.add(s);
  }
  return [...found].sort((a, b) => (a === 'subject' ? -1 : b === 'subject' ? 1 : a - b));
}

/**
 * Both drafts' values in one: per key the later edit wins (per-field edit times); without
 * times the target's value is kept and the source fills what it lacks.
 */
export function mergeFields(
  target: Pick<DraftRecord, 'fields' | 'fieldTimes'>,
  source: Pick<DraftRecord, 'fields' | 'fieldTimes'>,
): { fields: FieldValues; fieldTimes: Record<string, number> } {
  const fields: FieldValues = { ...target.fields };
  const fieldTimes = { ...(target.fieldTimes ?? {}) };
  for (const [k, v] of Object.entries(source.fields)) {
    if (!hasValue(v)) continue;
    const ts = source.fieldTimes?.[k] ?? 0;
    const tt = target.fieldTimes?.[k] ?? 0;
    if (!hasValue(fields[k]) || ts > tt) {
      fields[k] = v;
      if (ts > 0) fieldTimes[k] = ts;
    }
  }
  return { fields, fieldTimes };
}

/**
 * Splits the chosen sections off: `kept` stays in the draft, `moved` starts a new one, where
 * the first split-off website becomes website 1 (`website.*`), the next `website[1].*`, ...
 */
export function splitFields(fields: FieldValues, sections: readonly FilingSection[]): { kept: FieldValues; moved: FieldValues } {
  const chosen = new Set(sections);
  const websites = [...chosen].filter((s): s is number => s !== 'subject').sort((a, b) => a - b);
  const kept: FieldValues = {};
  const moved: FieldValues = {};
  for (const [k, v] of Object.entries(fields)) {
    const s = sectionOf(k);
    if (s === undefined || !chosen.has(s)) {
      kept[k] = v;
      continue;
    }
    if (s === 'subject') moved[k] = v;
    else {
      const n = websites.indexOf(s);
      const sub = parseFieldKey(k)!.sub;
      moved[n === 0 ? `website.${sub}` : `website[${n}].${sub}`] = v;
    }
  }
  return { kept, moved };
}
