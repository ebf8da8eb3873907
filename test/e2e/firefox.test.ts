/**
 * The Firefox build (MV2) in Debian's Firefox ESR: the content script recognises the form,
 * the rules run in the background and the warning appears beside the field and goes when the
 * value is fixed; the typed values are autosaved into the extension's IndexedDB and restored
 * from the in-page prompt (an extension-page iframe) after a reload; the popup (framed by that
 * prompt) draws its first screen and the full popup takes over. Everything else is covered in Chromium; this file proves the same
 * code runs on the other engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchFirefoxWithExtension, promptFrame, retypeIn, warningRules, type FirefoxWithExtension } from '../support/firefox';

const MOBILE = '[data-expected-key="subject.principal.mobile"]';
const NAME = '[data-expected-key="subject.principal.name"]';

describe('built extension in Firefox', () => {
  let server: FixtureServer;
  let ff: FirefoxWithExtension;
  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('shows and clears an inline warning, autosaves, and restores the draft from the in-page prompt after a reload; the popup shows it', async () => {
    const page = await ff.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/aliyun-2019/subject.html`);
    await page.waitForSelector('html[data-icp-helper-ready="1"]', { timeout: 20_000 });

    await retypeIn(page, NAME, '张三');
    await retypeIn(page, MOBILE, '1234567');
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll('[data-icp-helper]')].some((h) => h.shadowRoot?.querySelector(sel)),
      { timeout: 10_000, polling: 50 },
      '[data-icp-rule="contact1-mobile"][data-icp-field="subject.principal.mobile"]',
    );
    expect(await warningRules(page, 'subject.principal.mobile')).toContain('contact1-mobile');
    // The warning's text is the rule's English message (Firefox here runs in en-US).
    const text = await page.evaluate(() => {
      for (const h of document.querySelectorAll('[data-icp-helper]')) {
        const el = h.shadowRoot?.querySelector('[data-icp-rule="contact1-mobile"]');
        if (el) return el.textContent ?? '';
      }
      return '';
    });
    expect(text).toMatch(/mobile/i);

    await retypeIn(page, MOBILE, '13800138000');
    await page.waitForFunction(
      (sel) => ![...document.querySelectorAll('[data-icp-helper]')].some((h) => h.shadowRoot?.querySelector(sel)),
      { timeout: 10_000, polling: 50 },
      '[data-icp-rule="contact1-mobile"]',
    );
    // The mobile's own warning is gone (a valid mobile may still get another rule's note, e.g. local-mobile).
    expect(await warningRules(page, 'subject.principal.mobile')).not.toContain('contact1-mobile');
    // Nothing written into the page's own storage.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);

    // The values were autosaved into the extension's IndexedDB (through the background): after
    // a reload the helper offers the draft for restore, and restores it. (WebDriver BiDi in
    // Firefox refuses to open moz-extension pages in a tab: the popup is framed below.)
    await page.reload();
    await page.waitForSelector('html[data-icp-helper-ready="1"]', { timeout: 20_000 });
    await page.waitForSelector('[data-icp-helper="drafts"]', { timeout: 20_000 });
    // The fields come back empty after the reload (the page sets no autocomplete); the prompt
    // is an extension page in an iframe: "restore all" fills them through the content script.
    await page.$eval(MOBILE, (el) => ((el as HTMLInputElement).value = ''));
    const prompt = await promptFrame(page);
    const restoreAll = await prompt.waitForSelector('[data-icp-action="restore-all"]', { timeout: 20_000 });
    // The frame sits in a closed shadow root: the page cannot reach it, the test asks the frame.
    const owner = await prompt.frameElement();
    await page.waitForFunction((f) => !!f && f.getBoundingClientRect().height > 0, { timeout: 10_000, polling: 50 }, owner);
    // Firefox cannot tell whether the prompt is visible (no IntersectionObserver v2): the prompt
    // asks a second time before it restores.
    expect(await prompt.evaluate(() => document.documentElement.dataset.icpVisibility)).toBe('unsupported');
    await restoreAll!.click();
    const confirm = await prompt.waitForSelector('[data-icp-restore-prompt="confirm"] [data-icp-action="confirm-restore"]', { timeout: 10_000 });
    expect(await page.$eval(MOBILE, (el) => (el as HTMLInputElement).value)).toBe('');
    await confirm!.click();
    await prompt.waitForSelector('[data-icp-restore-prompt="result"]', { timeout: 20_000 });
    expect(await page.$eval(MOBILE, (el) => (el as HTMLInputElement).value)).toBe('13800138000');
    expect(await page.$eval(NAME, (el) => (el as HTMLInputElement).value)).toBe('张三');
    expect(errors).toEqual([]);

    // The popup on this engine: BiDi opens no moz-extension tab, so popup.html is framed by the
    // prompt (an extension page itself). Its classic first-screen script, then the full popup.
    await prompt.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = '/popup.html';
      f.style.cssText = 'width:380px;height:600px';
      document.body.append(f);
    });
    let popup: Awaited<ReturnType<typeof promptFrame>> | undefined;
    for (const end = Date.now() + 20_000; !popup && Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      for (const f of page.frames()) {
        const state = await f.evaluate(() => (location.pathname === '/popup.html' ? document.documentElement.dataset.icpDraftsReady : null)).catch(() => null);
        if (state === '1') popup = f;
      }
    }
    expect(popup, 'the popup framed by the prompt reached data-icp-drafts-ready').toBeTruthy();
    const shown = await popup!.evaluate(() => ({
      ready: document.documentElement.dataset.icpPopupReady,
      first: performance.getEntriesByName('icp-popup-script').length,
      // Set only when the full popup took over from a first screen.
      takeover: performance.getEntriesByName('icp-popup-full').length,
      draft: document.querySelector('[data-icp-current-draft]')?.getAttribute('data-icp-current-draft') ?? null,
      steps: document.querySelectorAll('[data-icp-step]').length,
    }));
    expect(shown.ready).toBe('1');
    expect(shown.first).toBe(1);
    expect(shown.takeover).toBe(1);
    expect(shown.draft).toBeTruthy();
    expect(shown.steps).toBeGreaterThan(0);
    await page.close();
  });
});
