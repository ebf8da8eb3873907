// @vitest-environment happy-dom
/**
 * Every static sample form under test/fixtures/forms/: the recogniser must find each control
 * marked `data-expected-key` under that key (on that element, or on the controls inside a
 * marked container), each `data-expected-secret` as that secret, and map nothing else.
 * The ground-truth attributes are stripped before recognising. Forms that render with React
 * or Vue need a browser (the e2e suite covers them) and are skipped here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FORMS, listForms } from '../support/sample-forms';
import { afterAll, describe, expect, it } from 'vitest';
import { recognizeForm } from '../../src/recognition/recognize-form';
import { readFieldValue, readValues } from '../../src/recognition/read-value';
import { largeFormValues } from '../fixtures/forms/generated/make-large-form';
import type { FormRecognition } from '../../src/recognition/types';
import { expectedOf, scoreRecognition, type Expected, type RecognitionScore } from '../support/judge-recognition';



/** Pages whose form is drawn by a framework or a script: not recognisable from the static HTML. */
function needsBrowser(html: string): boolean {
  return /\/vendor\/(?:react|react-dom|vue)\.js/.test(html) || !/data-expected-(?:key|secret)=/.test(html);
}

function loadForm(html: string): { doc: Document; expected: Expected[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const expected: Expected[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>('[data-expected-key], [data-expected-secret]')) {
    expected.push(
      expectedOf(el, { key: el.getAttribute('data-expected-key') ?? undefined, secret: el.getAttribute('data-expected-secret') ?? undefined }),
    );
  }
  // Strip the ground truth: the recogniser must never see it.
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (attr.name.startsWith('data-expected-')) el.removeAttribute(attr.name);
  }
  return { doc, expected };
}

interface Score extends RecognitionScore {
  form: string;
}

function judge(form: string, rec: FormRecognition, expected: Expected[]): Score {
  return { form, ...scoreRecognition(rec, expected) };
}

const scores: Score[] = [];
const forms = listForms(FORMS);

describe('recognition on the sample forms', () => {
  it('has sample forms to run on', () => {
    expect(forms.length).toBeGreaterThan(0);
  });

  for (const path of forms) {
    const name = relative(FORMS, path);
    const html = readFileSync(path, 'utf8');
    it.skipIf(needsBrowser(html))(name, (ctx) => {
      const { doc, expected } = loadForm(html);
      // A form inserted by a page script (form-300-late): nothing to judge in the static HTML.
      if (expected.length === 0) ctx.skip();
      const rec = recognizeForm(doc, { includeFrames: true });
      const score = judge(name, rec, expected);
      scores.push(score);
      // Reading must not throw on any recognised field, and secrets are never read.
      for (const f of rec.fields) readFieldValue(f);
      expect(score.misses, `missed in ${name}`).toEqual([]);
      expect(score.wrong, `wrongly mapped in ${name}`).toEqual([]);
    });
  }

  it('reads the values of the 300-field form, and the same once its late template is rendered', () => {
    const { doc } = loadForm(readFileSync(join(FORMS, 'generated/form-300.html'), 'utf8'));
    const rec = recognizeForm(doc);
    const expected = largeFormValues();
    const values = readValues(rec);
    // The 备注 left empty is absent; everything else is read exactly.
    const filled = Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0)));
    expect(values).toEqual(filled);

    const late = loadForm(readFileSync(join(FORMS, 'generated/form-300-late.html'), 'utf8')).doc;
    expect(recognizeForm(late).fields).toHaveLength(0); // still a <template>
    const tpl = late.getElementById('form-tpl') as HTMLTemplateElement;
    late.getElementById('form-root')!.append(tpl.content.cloneNode(true));
    const keys = (r: FormRecognition): string[] => r.fields.map((f) => f.key).sort();
    expect(keys(recognizeForm(late))).toEqual(keys(rec));
  });

  afterAll(() => {
    if (!scores.length) return;
    const rows = scores.map(
      (s) =>
        `${s.form.padEnd(30)} recall ${s.found}/${s.expected} precision ${s.correct}/${s.mapped} secrets ${s.secretsFound}/${s.secretsExpected}`,
    );
    console.log(`recognition per fixture:\n${rows.join('\n')}`);
  });
});
