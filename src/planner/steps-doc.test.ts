import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderStepsDoc } from './steps-doc';

describe('docs/steps.md', () => {
  it('is up to date with the facts (regenerate: npx tsx src/cli/gen-steps-doc.ts)', () => {
    const file = readFileSync(fileURLToPath(new URL('../../docs/steps.md', import.meta.url)), 'utf8');
    expect(file).toBe(renderStepsDoc());
  });

  it('documents every dated SMS fact', () => {
    const doc = renderStepsDoc();
    for (const s of ['2017-12-18', '2018-09-10', '2018-09-24', '2020-08-17', '12381', '106598051001', 'tjcainfo.miitbeian.gov.cn', 'https://beian.miit.gov.cn/#/Integrated/index', '2019-04-11 – 2019-04-23']) {
      expect(doc).toContain(s);
    }
  });
});
