import type { FieldValue } from '../domain/draft-file';

/** Whether a field holds something (a ticked box, a non-empty list or text). Apart from sanitize.ts: the content script uses it and carries no zod. */
export function hasValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  return value.trim() !== '';
}
