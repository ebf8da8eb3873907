/**
 * The warnings overlay is not in the content script: warnings.js is injected by the background
 * into a frame when it has a warning to show, when the user enters a field, or when a form
 * renders (so no warning waits for it). Checked in the built extension (bundle strings) and in Chromium (the content script's isolated world before and after).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../bench/bundle-sizes';
import { testExtensionDir } from '../support/build-extension';
import { typeInContentWorld } from '../support/content-world';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { waitForWarning } from './warnings-helpers';

const VIEW_GLOBAL = '__icpFilingHelperWarnings';
// Only the overlay carries its contract hooks and its styles.
const VIEW_MARKERS = ['data-icp-field-group', 'line-clamp'];
const MOBILE = '[data-expected-key="subject.principal.mobile"]';

describe('warnings overlay injected on demand', () => {
  it('the content script bundle holds no overlay; warnings.js does', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const dir = testExtensionDir(browser);
      for (const f of contentScriptFiles(dir)) {
        const code = readFileSync(join(dir, f), 'utf8');
        for (const m of VIEW_MARKERS) expect(code.includes(m), `${browser} ${f} contains ${m}`).toBe(false);
      }
      const view = readFileSync(join(dir, 'warnings.js'), 'utf8');
      for (const m of VIEW_MARKERS) expect(view.includes(m), `${browser} warnings.js contains ${m}`).toBe(true);
      expect(readFileSync(join(dir, 'manifest.json'), 'utf8').includes('warnings.js'), 'warnings.js is neither a content script nor web-accessible').toBe(false);
    }
  });

  describe('in Chromium', () => {
    const env = useExtensionBrowser();

    it('is absent from a frame without a form and from a form with nothing to show, loaded when the user enters a field, before any warning, and only in the content script world', async () => {
      const blank = await env.browser.openWithContentScript(`${env.server.url}/index.html`);
      await blank.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
      // The first pass and its check are done well within this.
      await blank.waitForTimeout(1500);
      expect(await typeInContentWorld(blank, VIEW_GLOBAL)).toBe('undefined');
      await blank.close();

      const page = await env.browser.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html`);
      await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
      // A form with nothing to show as it loads: the page does not pay for the overlay.
      await page.waitForTimeout(1500);
      expect(await typeInContentWorld(page, VIEW_GLOBAL)).toBe('undefined');
      // Entering a field loads it, before anything is to be shown.
      await page.locator(MOBILE).focus();
      await expect.poll(() => typeInContentWorld(page, VIEW_GLOBAL), { timeout: 10_000 }).toBe('object');
      expect(await page.locator('[data-icp-helper="warnings"]').count()).toBe(0);

      await page.locator(MOBILE).pressSequentially('1234567', { delay: 5 });
      await page.locator(MOBILE).blur();
      await waitForWarning(page, 'contact1-mobile', 'subject.principal.mobile', true, 10_000);
      // The page's own world never sees it.
      expect(await page.evaluate((g) => typeof (globalThis as Record<string, unknown>)[g], VIEW_GLOBAL)).toBe('undefined');
      await page.close();
    });
  });
});
