import type { Finding } from '../domain/finding';
import type { FormSnapshot } from './form-session-types';

/**
 * Rules about EMPTY fields ("required and still empty") stay quiet on a field until the user
 * has been in it and left it, or changed it: a fresh form must not open covered in bubbles.
 * They still count in the popup's page summary.
 */
const QUIET_UNTIL_TOUCHED: ReadonlySet<string> = new Set(['required-field']);

export function createTouchedFields(): {
  /** Records the field the user left or changed; true when it was not touched before. */
  note(snapshot: FormSnapshot): boolean;
  visible(findings: readonly Finding[]): Finding[];
} {
  const touched = new Set<string>();
  return {
    note(s) {
      if (s.cause !== 'input' || !s.targetKey || touched.has(s.targetKey)) return false;
      if (s.trigger !== 'blur' && s.trigger !== 'change' && s.changedKeys.length === 0) return false;
      touched.add(s.targetKey);
      return true;
    },
    visible(findings) {
      return findings.filter((f) => !QUIET_UNTIL_TOUCHED.has(f.rule) || f.fields.concat(f.field).some((k) => touched.has(k)));
    },
  };
}
