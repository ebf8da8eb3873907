import { FieldValueSchema, type FieldValues } from '../domain/draft-file';
import { isCanonicalKey, LIST_SUBKEYS, parseFieldKey, SECRET_KINDS } from '../domain/field-keys';
import { overLimit } from './import-limits';

export { hasValue } from './has-value';

export interface DroppedField {
  key: string;
  reason: 'secret' | 'unknown-key' | 'bad-value';
}

export interface SanitizedFields {
  fields: FieldValues;
  dropped: DroppedField[];
}

/**
 * Words that name a secret in a key (captcha, SMS code, ICP filing password). No canonical key
 * contains them; a key that does is refused as a secret rather than as merely unknown, so the
 * import report says what it is.
 */
const SECRET_KEY_RE = new RegExp(
  [...SECRET_KINDS, 'password', 'passwd', 'verif(y|ication)?code', 'sms', 'otp', '验证码', '密码'].join('|'),
  'i',
);

export function isSecretKey(key: string): boolean {
  return SECRET_KEY_RE.test(key);
}

/**
 * The single gate every field value passes before it is stored or exported: only canonical
 * keys with well-formed values survive; secrets are never kept. Used on every write and import.
 */
export function sanitizeFields(input: Record<string, unknown>): SanitizedFields {
  const fields: FieldValues = {};
  const dropped: DroppedField[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (isSecretKey(key)) {
      dropped.push({ key, reason: 'secret' });
      continue;
    }
    if (!isCanonicalKey(key)) {
      dropped.push({ key, reason: 'unknown-key' });
      continue;
    }
    const parsed = FieldValueSchema.safeParse(raw);
    // Over the limits (a 30 MB value, website[100000]): refused like a malformed value.
    if (!parsed.success || overLimit(key, parsed.data)) {
      dropped.push({ key, reason: 'bad-value' });
      continue;
    }
    fields[key] = normalizeValue(parsed.data);
  }
  return { fields, dropped };
}

/** Lists keep their order but lose empty entries; strings are kept as typed. */
function normalizeValue(value: FieldValues[string]): FieldValues[string] {
  return Array.isArray(value) ? value.filter((v) => v.trim() !== '') : value;
}

/** True when a value carries something (non-empty string, non-empty list, or a boolean). */
export function isListKey(key: string): boolean {
  const sub = parseFieldKey(key)?.sub;
  return sub !== undefined && LIST_SUBKEYS.has(sub);
}
