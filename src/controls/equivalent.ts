import type { FieldValue } from '../domain/draft-file';

/** Text normalised for comparisons: no whitespace, full-width brackets as ASCII. */
export function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/** Same value as the user would judge it: ignoring spaces and bracket width. */
export function equivalent(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const flat = (v: FieldValue): string => (Array.isArray(v) ? v.map(norm).join('\u0000') : typeof v === 'string' ? norm(v) : String(v));
  return flat(a) === flat(b);
}
