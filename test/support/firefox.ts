import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { testExtensionDir } from './build-extension';

/**
 * Firefox for the e2e tests: Debian's `firefox-esr`, driven over WebDriver BiDi by
 * puppeteer-core (Playwright drives only its own patched Firefox, which cannot be downloaded
 * here). The Firefox build (MV2) is installed as a temporary add-on.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

import { FIREFOX_ADDON_ID } from '../../src/build/store-info';

/** The gecko id of wxt.config.ts (src/build/store-info.ts). */
export { FIREFOX_ADDON_ID };

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir = testExtensionDir('firefox')): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: run \`bash .ci/install-browser\` as root (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The warnings' language follows the browser's (navigator.language).
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US' },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${FIREFOX_ADDON_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Rule ids of the warnings shown for a field, from every helper host's shadow root. */
export function warningRules(page: Page, field: string): Promise<string[]> {
  return page.evaluate((f) => {
    const rules: string[] = [];
    for (const host of document.querySelectorAll('[data-icp-helper]')) {
      for (const el of host.shadowRoot?.querySelectorAll(`[data-icp-rule][data-icp-field="${f}"]`) ?? []) rules.push(el.getAttribute('data-icp-rule')!);
    }
    return rules.sort();
  }, field);
}

/** Replaces a text field's value with real key presses. */
export async function retypeIn(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.$eval(selector, (el) => (el as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text, { delay: 5 });
}

/** The restore prompt's frame (an extension page in the drafts host's shadow root). */
export async function promptFrame(page: Page, timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // WebDriver BiDi lists the extension frame under its initial URL (about:blank): ask it.
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      const href = await f.evaluate(() => location.href).catch(() => '');
      if (href.includes('/restore-prompt.html')) return f;
    }
    if (Date.now() > deadline) throw new Error(`no restore prompt frame within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
