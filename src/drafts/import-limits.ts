import { parseFieldKey } from '../domain/field-keys';

/**
 * Limits on what a draft file (and any write) may hold: far above any real filing, low
 * enough that a hostile or broken file cannot freeze the popup or fill the disk. A file over
 * a limit is refused as a whole with a clear message; nothing is imported.
 */
export const IMPORT_LIMITS = {
  /** Whole file, in bytes (UTF-8). */
  fileBytes: 5 * 1024 * 1024,
  /** Drafts in one bundle. */
  draftsPerBundle: 200,
  /** Field keys in one draft (50 websites of ~20 keys each, plus the subject). */
  fieldsPerDraft: 1_200,
  /** Highest website index (`website[50]`). */
  websiteIndex: 50,
  /** Characters in one value (and in each item of a list). */
  valueLength: 2_000,
  /** Items in one list value. */
  listItems: 100,
  /** Problems listed before "and N more". */
  problemsShown: 50,
} as const;

/** Bytes of a text in UTF-8 without encoding it (a 30 MB string is not copied). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Why a value or key is over the limits, or undefined. */
export function overLimit(key: string, value: unknown): string | undefined {
  const p = parseFieldKey(key);
  if (p?.section === 'website' && p.index > IMPORT_LIMITS.websiteIndex) return `website index ${p.index} is over the limit of ${IMPORT_LIMITS.websiteIndex}`;
  const long = (s: unknown): boolean => typeof s === 'string' && s.length > IMPORT_LIMITS.valueLength;
  if (long(value) || (Array.isArray(value) && value.some(long))) return `value longer than ${IMPORT_LIMITS.valueLength} characters`;
  if (Array.isArray(value) && value.length > IMPORT_LIMITS.listItems) return `more than ${IMPORT_LIMITS.listItems} items`;
  return undefined;
}
