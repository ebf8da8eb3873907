/**
 * The fill engine is not in the content script: restore.js is injected by the background into
 * the requesting frame only once the user chose to restore; nor is the prompt's mount:
 * prompt-mount.js is injected once there is a draft to offer. Checked in the built extension
 * (bundle strings) and in Chromium (the content script's isolated world before and after).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../bench/bundle-sizes';
import { testExtensionDir } from '../support/build-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { readStoredDrafts } from '../support/extension-db';
import { clickInPrompt, promptFrame } from '../support/restore-prompt';
import { typeInContentWorld } from '../support/content-world';

const ENGINE_GLOBAL = '__icpFilingHelperRestore';
const PROMPT_GLOBAL = '__icpFilingHelperPrompt';
// Failure reasons only the fill engine produces: its code carries these strings.
const FILL_MARKERS = ['rejected-by-page', 'options-not-loaded'];
// Only the prompt's mount loads the prompt page and answers its messages.
const MOUNT_MARKERS = ['restore-prompt.html', 'prompt/state', 'prompt/resize'];

describe('restore engine injected on demand', () => {
  it('the content script bundle holds no fill code and no prompt mount; restore.js and prompt-mount.js do', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const dir = testExtensionDir(browser);
      const files = contentScriptFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const code = readFileSync(join(dir, f), 'utf8');
        for (const m of [...FILL_MARKERS, ...MOUNT_MARKERS]) expect(code.includes(m), `${browser} ${f} contains ${m}`).toBe(false);
      }
      const mount = readFileSync(join(dir, 'prompt-mount.js'), 'utf8');
      for (const m of MOUNT_MARKERS) expect(mount.includes(m), `${browser} prompt-mount.js contains ${m}`).toBe(true);
      const restore = readFileSync(join(dir, 'restore.js'), 'utf8');
      for (const m of FILL_MARKERS) expect(restore.includes(m), `${browser} restore.js contains ${m}`).toBe(true);
      const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
      expect(manifest.includes('restore.js'), 'restore.js is neither a content script nor web-accessible').toBe(false);
      expect(manifest.includes('prompt-mount.js'), 'prompt-mount.js is neither a content script nor web-accessible').toBe(false);
    }
  });

  describe('in Chromium', () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let ext: Page;
    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchExtensionBrowser();
      ext = await browser.openExtensionPage('popup.html');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('is absent before the user restores and present after (the prompt mount: before and after the offer), and the restore fills the page', async () => {
      const url = `${server.url}/aliyun-2019/subject.html`;
      const page = await browser.openWithContentScript(url);
      await page.locator('#orgName').pressSequentially('天津示例科技有限公司', { delay: 5 });
      await page.locator('#orgName').blur();
      await expect
        .poll(async () => (await readStoredDrafts<{ fields: Record<string, unknown> }>(ext)).some((d) => d.fields['subject.name'] === '天津示例科技有限公司'), {
          timeout: 10_000,
        })
        .toBe(true);
      expect(await typeInContentWorld(page, ENGINE_GLOBAL)).toBe('undefined');
      // No draft offered to this page (it made the only one): no prompt mount either.
      expect(await typeInContentWorld(page, PROMPT_GLOBAL)).toBe('undefined');

      await page.reload();
      await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
      await (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]').waitFor({ timeout: 10_000 });
      // The prompt is shown (its mount injected), the user has not chosen yet: no fill engine.
      expect(await typeInContentWorld(page, PROMPT_GLOBAL)).toBe('object');
      expect(await typeInContentWorld(page, ENGINE_GLOBAL)).toBe('undefined');
      await clickInPrompt(page, '[data-icp-action="restore-all"]');
      await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('#orgName').inputValue()).toBe('天津示例科技有限公司');
      expect(await typeInContentWorld(page, ENGINE_GLOBAL)).toBe('object');
      // The page's own world never sees it.
      expect(await page.evaluate((g) => typeof (globalThis as Record<string, unknown>)[g], ENGINE_GLOBAL)).toBe('undefined');
      await page.close();
    });
  });
});
