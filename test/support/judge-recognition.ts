import type { FormRecognition, RecognizedField } from '../../src/recognition/types';

/**
 * Scores a recognition against the sample forms' test-only ground truth. Shared by the unit
 * test on static forms (happy-dom) and the page bundle the e2e test runs in Chromium.
 */
export interface Expected {
  el: HTMLElement;
  key?: string;
  secret?: string;
  /** Controls inside a marked container (composite parts, options). */
  parts: HTMLElement[];
}

export interface RecognitionScore {
  expected: number;
  found: number;
  mapped: number;
  correct: number;
  secretsExpected: number;
  secretsFound: number;
  misses: string[];
  wrong: string[];
}

/** The marked element, given its ground truth; `parts` are the controls it contains. */
export function expectedOf(el: HTMLElement, truth: { key?: string; secret?: string }): Expected {
  return { el, ...truth, parts: [...el.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea')] };
}

function touches(field: RecognizedField, el: HTMLElement): boolean {
  return field.anchor === el || el.contains(field.anchor) || field.elements.some((f) => f === el || el.contains(f));
}

/**
 * Each keyed element must be found under its key (all its parts, unless a group), each secret
 * as that secret and not as a field, and nothing else may be mapped.
 */
export function scoreRecognition(rec: FormRecognition, expected: Expected[]): RecognitionScore {
  const misses: string[] = [];
  const wrong: string[] = [];
  const keyed = expected.filter((e) => e.key);
  let found = 0;
  for (const e of keyed) {
    const hit = rec.fields.find((f) => f.key === e.key && touches(f, e.el));
    const partsOk = !hit || e.parts.length <= 1 || hit.kind.endsWith('group') || e.parts.every((p) => hit.elements.includes(p));
    if (hit && partsOk) found++;
    else {
      const other = rec.fields.filter((f) => touches(f, e.el)).map((f) => `${f.key}/${f.kind}`);
      misses.push(`${e.key} (${e.el.tagName.toLowerCase()}#${e.el.id})${hit ? ' parts incomplete' : ''}${other.length ? ` got ${other.join(',')}` : ''}`);
    }
  }
  const secrets = expected.filter((e) => e.secret);
  let secretsFound = 0;
  for (const e of secrets) {
    const s = rec.secrets.find((x) => x.element === e.el || e.el.contains(x.element));
    if (s && s.kind === e.secret) secretsFound++;
    else misses.push(`secret ${e.secret} (#${e.el.id})${s ? ` got ${s.kind}` : ''}`);
    if (rec.fields.some((f) => touches(f, e.el))) wrong.push(`secret #${e.el.id} mapped as a field`);
  }
  let correct = 0;
  for (const f of rec.fields) {
    if (keyed.some((e) => e.key === f.key && touches(f, e.el))) correct++;
    else wrong.push(`${f.key} on ${f.anchor.tagName.toLowerCase()}#${f.anchor.id || '?'}.${f.anchor.className}`);
  }
  return { expected: keyed.length, found, mapped: rec.fields.length, correct, secretsExpected: secrets.length, secretsFound, misses, wrong };
}
