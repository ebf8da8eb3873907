/**
 * Bundled (esbuild, IIFE) into pages by test/e2e/recognition-browser.test.ts: the recogniser
 * plus a judge that compares its result with the sample forms' test-only ground truth
 * (`data-expected-key` / `data-expected-secret`), which it strips before recognising.
 */
import { readValues } from '../../src/recognition/read-value';
import { recognizeForm } from '../../src/recognition/recognize-form';
import { expectedOf, scoreRecognition, type Expected, type RecognitionScore } from './judge-recognition';

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
    expected.push(expectedOf(el, t));
  }
  return expected;
}

export interface JudgeResult extends RecognitionScore {
  ms: number;
  values: Record<string, unknown>;
}

function judge(): JudgeResult {
  const expected = collectExpected();
  const t0 = performance.now();
  const rec = recognizeForm(document, { includeFrames: true });
  const ms = performance.now() - t0;
  return { ...scoreRecognition(rec, expected), ms, values: readValues(rec) };
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
