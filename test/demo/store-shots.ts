/**
 * Store screenshots for `npm run demo` (headless): 1280 × 800, in Chinese and in English — the
 * subject form with its warnings, the popup beside nothing else, and the first-run page. The
 * language is switched the way a user does it (the options' setting), so every part follows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { waitForContentScript } from '../support/browser';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

async function setLanguage(browser: ExtensionBrowser, language: 'zh' | 'en' | 'auto'): Promise<void> {
  const sw = await browser.serviceWorker();
  await sw.evaluate(async (l) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const got = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(got.settings ?? {}), language: l } });
  }, language);
}

const settle = (page: Page): Promise<void> => page.waitForTimeout(800);

/**
 * Writes store-<lang>-1-form.png, -2-popup.png, -3-first-run.png into `outDir`. `formUrl` is a
 * sample form the demo already typed into (its warnings show on a fresh visit once the user
 * submits: the demo presses 下一步 is not needed, the restore prompt is dismissed).
 */
export async function storeScreenshots(browser: ExtensionBrowser, outDir: string, fill: (page: Page) => Promise<void>, popupQuery: string): Promise<string[]> {
  const written: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    await setLanguage(browser, lang);
    const form = await browser.context.newPage();
    await form.setViewportSize(STORE_SIZE);
    await fill(form);
    await waitForContentScript(form, 10_000).catch(() => undefined);
    await settle(form);
    const shot = async (page: Page, name: string): Promise<void> => {
      const path = join(outDir, `store-${lang}-${name}.png`);
      await page.screenshot({ path });
      written.push(path);
    };
    await shot(form, '1-form');
    await form.close();

    const popup = await browser.openExtensionPage(`popup.html${popupQuery}`);
    await popup.setViewportSize(STORE_SIZE);
    await popup.waitForSelector('html[data-icp-drafts-ready]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
    // The popup is 380 px wide: shown larger, centred, on a plain background.
    await popup.addStyleTag({ content: 'html{background:#eef1f4} body.popup-body,body{margin:24px auto!important;zoom:1.45;box-shadow:0 4px 24px rgba(0,0,0,.18)}' });
    await settle(popup);
    await shot(popup, '2-popup');
    await popup.close();

    const welcome = await browser.openExtensionPage('welcome.html');
    await welcome.setViewportSize(STORE_SIZE);
    await welcome.waitForSelector('[data-icp-welcome]', { timeout: 10_000 }).catch(() => undefined);
    await settle(welcome);
    await shot(welcome, '3-first-run');
    await welcome.close();
  }
  await setLanguage(browser, 'auto');
  return written;
}
