import { describe, expect, it } from 'vitest';
import { testExtensionDir } from '../support/build-extension';
import { CONTENT_SCRIPT_GZIP_BUDGET, CONTENT_SCRIPT_GZIP_CEILING, contentScriptGzip, kb } from '../bench/bundle-sizes';

// The size budget is part of the test command; the timing budgets live in `npm run bench`.
describe('bundle size', () => {
  // The 40 KB budget is not met yet (docs/BENCHMARKS.md reports it as FAIL); until it is, the
  // test command stops the content script from growing past the ceiling.
  it('keeps all content-script JavaScript within its ceiling (budget: 40 KB gzip)', () => {
    const { files, gzip } = contentScriptGzip(testExtensionDir());
    expect(files.length, 'no content-script files found in the build').toBeGreaterThan(0);
    const detail = files.map((f) => `${f.file}: ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`).join('; ');
    expect(
      gzip,
      `content-script JS is ${kb(gzip)} gzip, ceiling ${kb(CONTENT_SCRIPT_GZIP_CEILING)}, budget ${kb(CONTENT_SCRIPT_GZIP_BUDGET)} — ${detail}`,
    ).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_CEILING);
    expect(CONTENT_SCRIPT_GZIP_CEILING).toBeGreaterThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});
