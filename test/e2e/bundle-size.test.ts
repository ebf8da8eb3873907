import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testExtensionDir } from '../support/build-extension';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptGzip, kb } from '../bench/bundle-sizes';
import { EAGER_COMPILE_HINT } from '../../src/build/eager-compile-hint';

// The size budget is part of the test command; the timing budgets live in `npm run bench`.
describe('bundle size', () => {
  it(`keeps all content-script JavaScript within its ceiling (${kb(CONTENT_SCRIPT_GZIP_BUDGET)} gzip)`, () => {
    const { files, gzip } = contentScriptGzip(testExtensionDir());
    expect(files.length, 'no content-script files found in the build').toBeGreaterThan(0);
    const detail = files.map((f) => `${f.file}: ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`).join('; ');
    expect(gzip, `content-script JS is ${kb(gzip)} gzip, budget ${kb(CONTENT_SCRIPT_GZIP_BUDGET)} (npm run size:content shows where) — ${detail}`).toBeLessThanOrEqual(
      CONTENT_SCRIPT_GZIP_BUDGET,
    );
  });

  it('runs the content script on the browser API itself, without webextension-polyfill', () => {
    const { files } = contentScriptGzip(testExtensionDir());
    for (const f of files) {
      // The polyfill's own guard message: present wherever the polyfill is bundled.
      expect(readFileSync(join(testExtensionDir(), f.file), 'utf8'), f.file).not.toContain('This script should only be loaded in a browser extension');
    }
  });

  it('carries no zod: the background and the extension pages parse every message (post-to-background.ts)', () => {
    const { files } = contentScriptGzip(testExtensionDir());
    for (const f of files) {
      // zod's module-level setup: present wherever any of zod is bundled.
      expect(readFileSync(join(testExtensionDir(), f.file), 'utf8'), f.file).not.toContain('__zod_globalConfig');
    }
  });

  it('asks V8 to compile the content script eagerly (its first pass calls most of it at once)', () => {
    const script = readFileSync(join(testExtensionDir(), 'content-scripts/content.js'), 'utf8');
    expect(script.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
  });
});
