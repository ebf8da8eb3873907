/**
 * Benchmarks of the pure parts in Node: the rules engine on the 300-field draft, and form
 * recognition on the 300-field form in happy-dom.
 */
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { largeFormHtml, largeFormValues } from '../fixtures/forms/generated/make-large-form';
import { summarize, type Summary } from './stats';

export type Outcome<T> = { measured: true; value: T } | { measured: false; reason: string };

export interface RulesResult {
  perRun: Summary;
  findings: number;
  fields: number;
}

export async function benchRules(iterations = 300): Promise<Outcome<RulesResult>> {
  const engine = (await import('../../src/rules/engine')) as Record<string, unknown>;
  const runRules = engine.runRules as (i: { fields: Record<string, unknown>; filingType?: string; asOf?: string }) => unknown[];
  const fields = largeFormValues();
  const input = { fields, filingType: 'new', asOf: '2026-11-22' };
  const findings = runRules(input);
  // The draft has one bad mobile on purpose: an engine that finds nothing is not built yet.
  if (!Array.isArray(findings) || findings.length === 0) {
    return { measured: false, reason: 'runRules returned no findings for a draft with a known-bad mobile (rules engine not landed)' };
  }
  for (let i = 0; i < 30; i++) runRules(input); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    runRules(input);
    samples.push(performance.now() - t0);
  }
  return { measured: true, value: { perRun: summarize(samples), findings: findings.length, fields: Object.keys(fields).length } };
}

export interface RecognitionResult {
  perRun: Summary;
  mapped: number;
  expected: number;
  correct: number;
}

type RecognizeFn = (root: unknown) => { fields: { key: string; elements: unknown[] }[] };

async function loadRecognizer(): Promise<RecognizeFn | undefined> {
  const candidates = ['../../src/recognition/index', '../../src/recognition/recognize-form'];
  for (const c of candidates) {
    try {
      const mod = (await import(c)) as Record<string, unknown>;
      if (typeof mod.recognizeForm === 'function') return mod.recognizeForm as RecognizeFn;
    } catch {
      /* not there (yet) */
    }
  }
  return undefined;
}

export async function benchRecognition(iterations = 30): Promise<Outcome<RecognitionResult>> {
  const recognizeForm = await loadRecognizer();
  if (!recognizeForm) return { measured: false, reason: 'recognizeForm not found in src/recognition (recognition not landed)' };
  const window = new Window({ url: 'https://beian.aliyun.com/' });
  const document = window.document;
  document.write(largeFormHtml());
  // Ground truth is read before it is stripped: the recogniser must never see it.
  const expected = new Map<unknown, string>();
  for (const el of document.querySelectorAll('[data-expected-key]')) {
    expected.set(el, el.getAttribute('data-expected-key')!);
    el.removeAttribute('data-expected-key');
  }
  const expectedKeys = new Set(expected.values());
  const first = recognizeForm(document);
  let correct = 0;
  for (const f of first.fields) {
    if (f.elements.some((el) => expected.get(el) === f.key)) correct++;
  }
  for (let i = 0; i < 3; i++) recognizeForm(document);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    recognizeForm(document);
    samples.push(performance.now() - t0);
  }
  await window.happyDOM.close();
  return { measured: true, value: { perRun: summarize(samples), mapped: first.fields.length, expected: expectedKeys.size, correct } };
}
