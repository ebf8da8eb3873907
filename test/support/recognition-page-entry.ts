/**
 * Bundled (esbuild, IIFE) into pages by test/e2e/recognition-browser.test.ts: the recogniser
 * plus a judge that compares its result with the sample forms' test-only ground truth
 * (`data-expected-key` / `data-expected-secret`), which it strips before recognising.
 */
import { readValues } from '../../src/recognition/read-value';
import { recognizeForm } from '../../src/recognition/recognize-form';
import type { RecognizedField } from '../../src/recognition/types';

interface Expected {
  el: HTMLElement;
  key?: string;
  secret?: string;
  parts: HTMLElement[];
}

/** Documents and open shadow roots reachable from the page (same-origin frames included). */
function roots(doc: Document): Array<Document | ShadowRoot> {
  const out: Array<Document | ShadowRoot> = [];
  const visit = (root: Document | ShadowRoot): void => {
    out.push(root);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          const d = (el as HTMLIFrameElement).contentDocument;
          if (d) visit(d);
        } catch {
          /* cross-origin */
        }
      }
    }
  };
  visit(doc);
  return out;
}

/** Ground truth seen so far: kept across judgements, since it is stripped from the page. */
const truth = new Map<HTMLElement, { key?: string; secret?: string }>();

function collectExpected(): Expected[] {
  for (const root of roots(document)) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-expected-key], [data-expected-secret]')) {
      truth.set(el, {
        key: el.getAttribute('data-expected-key') ?? undefined,
        secret: el.getAttribute('data-expected-secret') ?? undefined,
      });
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attr of [...el.attributes]) if (attr.name.startsWith('data-expected-')) el.removeAttribute(attr.name);
    }
  }
  const expected: Expected[] = [];
  for (const [el, t] of truth) {
    if (!el.isConnected) continue;
    expected.push({ el, ...t, parts: [...el.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea')] });
  }
  return expected;
}

function touches(field: RecognizedField, el: HTMLElement): boolean {
  return field.anchor === el || el.contains(field.anchor) || field.elements.some((f) => f === el || el.contains(f));
}

export interface JudgeResult {
  expected: number;
  found: number;
  mapped: number;
  correct: number;
  secretsExpected: number;
  secretsFound: number;
  misses: string[];
  wrong: string[];
  ms: number;
  values: Record<string, unknown>;
}

function judge(): JudgeResult {
  const expected = collectExpected();
  const t0 = performance.now();
  const rec = recognizeForm(document, { includeFrames: true });
  const ms = performance.now() - t0;
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
  let secretsFound = 0;
  const secretsExpected = expected.filter((e) => e.secret);
  for (const e of secretsExpected) {
    const s = rec.secrets.find((x) => x.element === e.el || e.el.contains(x.element));
    if (s && s.kind === e.secret) secretsFound++;
    else misses.push(`secret ${e.secret} (#${e.el.id})${s ? ` got ${s.kind}` : ''}`);
    if (rec.fields.some((f) => touches(f, e.el))) wrong.push(`secret #${e.el.id} mapped as a field`);
  }
  let correct = 0;
  for (const f of rec.fields) {
    if (keyed.some((e) => e.key === f.key && touches(f, e.el))) correct++;
    else wrong.push(`${f.key} on ${f.anchor.tagName.toLowerCase()}#${f.anchor.id}`);
  }
  return {
    expected: keyed.length,
    found,
    mapped: rec.fields.length,
    correct,
    secretsExpected: secretsExpected.length,
    secretsFound,
    misses,
    wrong,
    ms,
    values: readValues(rec),
  };
}

/** Median time of n recognitions of the current page (no ground truth involved). */
function time(n: number): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    recognizeForm(document, { includeFrames: true });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

(globalThis as unknown as { __icpRecognition: unknown }).__icpRecognition = { judge, time };
