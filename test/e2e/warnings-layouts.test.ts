/**
 * Inline warnings on every sample layout (component-library markups, English labels, table
 * layouts, Vue, same-origin iframe, open shadow root): a typed bad value produces the right
 * rule on the right field key, a corrected value clears it, the page is left intact.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { REPO_ROOT } from '../support/build-extension';
import { bodyAttributes, byKey, shownWarnings, waitForWarning, watchPageErrors } from './warnings-helpers';

const LAYOUTS = ['antd.html', 'english.html', 'table-layout.html', 'tencent-tea.html', 'vue-element.html', 'frames.html', 'shadow.html'];

describe('inline warnings in every layout', () => {
  const env = useExtensionBrowser();

  for (const layout of LAYOUTS) {
    it.skipIf(!existsSync(resolve(REPO_ROOT, 'test/fixtures/forms', layout)))(`${layout}: bad values warn on the right key, fixes clear them`, async () => {
      const page = await env.browser.context.newPage();
      const errors = watchPageErrors(page);
      await page.goto(`${env.server.url}/${layout}`);
      await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
      const frame = await frameWith(page, byKey('subject.principal.mobile'));

      for (const key of ['subject.principal.mobile', 'website.principal.mobile']) {
        if ((await frame.locator(byKey(key)).count()) === 0) continue;
        await type(frame, byKey(key), '0571-8888888');
        await waitForWarning(page, 'contact1-mobile', key);
        expect((await shownWarnings(page)).find((w) => w.field === key)?.severity).toBe('error');
        // Placed beside the field in the next frame.
        await expect.poll(async () => (await shownWarnings(page)).find((w) => w.field === key)?.placed).toBe(true);
        // One warning element for the field in the whole tab (a covered iframe draws none).
        expect(await countWarningElements(page, key)).toBe(1);
        // Focus stays where the user typed.
        expect(await frame.evaluate((k) => document.activeElement === document.querySelector(`[data-expected-key="${k}"]`) || !!document.activeElement?.shadowRoot, key)).toBe(true);
        await type(frame, byKey(key), '13912345678');
        await waitForWarning(page, 'contact1-mobile', key, false, 1000);
      }

      const email = (await frame.locator(byKey('subject.principal.email')).count()) > 0 ? 'subject.principal.email' : 'website.principal.email';
      await type(frame, byKey(email), 'li.example.com');
      await frame.locator(byKey(email)).press('Tab');
      await waitForWarning(page, 'email', email);
      await type(frame, byKey(email), 'li@example.com');
      await frame.locator(byKey(email)).press('Tab');
      await waitForWarning(page, 'email', email, false);

      if (layout === 'vue-element.html') {
        // v-model saw every key press: the page's own state follows the typed values.
        const state = await page.evaluate(() => (window as unknown as { __formState: unknown }).__formState);
        expect(JSON.stringify(state)).toContain('13912345678');
        expect(JSON.stringify(state)).toContain('li@example.com');
      }
      // <body> carries exactly the attributes the page's own HTML gave it.
      expect(await bodyAttributes(page)).toEqual(await servedBodyAttributes(page));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

async function countWarningElements(page: Page, key: string): Promise<number> {
  let n = 0;
  for (const f of page.frames()) {
    n += await f.evaluate(
      (k) => [...document.querySelectorAll('[data-icp-helper]')].reduce((sum, h) => sum + (h.shadowRoot?.querySelectorAll(`[data-icp-field="${k}"][data-icp-rule="contact1-mobile"]`).length ?? 0), 0),
      key,
    );
  }
  return n;
}

async function servedBodyAttributes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.getAttributeNames();
  });
}

/** The frame (top or a same-origin iframe) holding the selector. */
async function frameWith(page: Page, selector: string): Promise<Frame> {
  await page.waitForFunction(
    (sel) => !!document.querySelector(sel) || [...document.querySelectorAll('iframe')].some((f) => !!f.contentDocument?.querySelector(sel)) || [...document.querySelectorAll('*')].some((e) => !!e.shadowRoot?.querySelector(sel)),
    selector,
    { timeout: 10_000 },
  );
  for (const f of page.frames()) if ((await f.locator(selector).count()) > 0) return f;
  return page.mainFrame();
}

async function type(frame: Frame, selector: string, text: string): Promise<void> {
  const loc = frame.locator(selector).first();
  await loc.click();
  await loc.press('ControlOrMeta+a');
  await loc.press('Delete');
  await loc.pressSequentially(text, { delay: 5 });
}
