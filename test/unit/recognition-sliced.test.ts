// @vitest-environment happy-dom
/**
 * The first pass runs as steps in short slices (recognizeFormSteps + runSliced): on every static
 * sample form it must give exactly what recognizeForm gives in one go, and a large form must
 * really be cut into many slices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMS, listForms } from '../support/sample-forms';
import { describe, expect, it } from 'vitest';
import { recognizeForm, recognizeFormSteps } from '../../src/recognition/recognize-form';
import type { FormRecognition } from '../../src/recognition/types';
import { runSliced } from '../../src/scheduling/run-sliced';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';



/** What a recognition says, with elements as their index in document order. */
function describeRec(doc: Document, rec: FormRecognition): unknown {
  const all = [...doc.querySelectorAll('*')];
  const at = (el: Element) => all.indexOf(el);
  return {
    fields: rec.fields.map((f) => [f.key, f.kind, f.elements.map(at), at(f.anchor), f.confidence, f.part, f.prefixText]),
    secrets: rec.secrets.map((s) => [s.kind, at(s.element)]),
    unmapped: rec.unmapped.map((u) => [at(u.element), u.label, u.reason]),
  };
}

/** Every step pauses (the clock moves 1 ms per look), so the slicing is at its finest. */
async function sliced(doc: Document): Promise<{ rec: FormRecognition; pauses: number }> {
  let t = 0;
  let pauses = 0;
  const rec = await runSliced(recognizeFormSteps(doc, { includeFrames: true }), {
    sliceMs: 1,
    now: () => t++,
    pause: async () => void pauses++,
  });
  return { rec: rec!, pauses };
}

describe('sliced first pass', () => {
  writeLargeForms();
  for (const path of listForms(FORMS)) {
    const name = path.slice(FORMS.length + 1);
    it(`gives the same recognition in slices: ${name}`, async () => {
      const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
      const once = recognizeForm(doc, { includeFrames: true });
      const { rec } = await sliced(doc);
      expect(describeRec(doc, rec)).toEqual(describeRec(doc, once));
    });
  }

  it('cuts the 300-field form into many slices', async () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FORMS, 'generated/form-300.html'), 'utf8'), 'text/html');
    const { rec, pauses } = await sliced(doc);
    expect(rec.fields.length).toBeGreaterThanOrEqual(300);
    // One pause per 128 nodes walked and per 32 events: a 300-field page has thousands of each.
    expect(pauses).toBeGreaterThan(40);
  });
});
