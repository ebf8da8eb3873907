import type { Finding } from '../domain/finding';
import type { FormSnapshot } from './form-session-types';

/**
 * Warnings show only on fields the user has worked on or gone past: a fresh form, or a website
 * just added at the bottom, must not open covered in bubbles. A field counts once the user
 * changed it or left it, or changed or left a field further down the form ("reached"); a value
 * already there when the page loaded counts too (the user's earlier work). Everything shows
 * after a submit attempt (`revealAll`) or a restored draft. Hidden findings still count in the
 * popup's page summary and the badge.
 */
export function createTouchedFields(): {
  /** Records the field the user left or changed; true when what is visible may have grown. */
  note(snapshot: FormSnapshot): boolean;
  visible(findings: readonly Finding[]): Finding[];
  /** A submit attempt or a restore: from now on every warning shows. */
  revealAll(): void;
} {
  const touched = new Set<string>();
  let order: readonly string[] = [];
  // Page-order index of the furthest field the user touched.
  let reach = -1;
  let all = false;
  return {
    note(s) {
      order = s.recognition.fields.map((f) => f.key);
      if (s.cause === 'restore') return !all && (all = true);
      if (s.cause !== 'input') {
        // Values the page itself shows (loaded, rendered late, filled in by the page) are work
        // already done; a website section just added is empty and stays quiet.
        for (const k of s.changedKeys) if (filled(s.values[k])) touched.add(k);
        return false;
      }
      if (!s.targetKey || !s.targetKey || touched.has(s.targetKey)) return false;
      if (s.trigger !== 'blur' && s.trigger !== 'change' && s.changedKeys.length === 0) return false;
      touched.add(s.targetKey);
      reach = Math.max(reach, order.indexOf(s.targetKey));
      return true;
    },
    visible(findings) {
      if (all) return [...findings];
      return findings.filter((f) =>
        f.fields.concat(f.field).some((k) => {
          const i = order.indexOf(k);
          return touched.has(k) || (i >= 0 && i <= reach);
        }),
      );
    },
    revealAll() {
      all = true;
    },
  };
}

function filled(v: FormSnapshot['values'][string] | undefined): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '' && v !== false;
}
