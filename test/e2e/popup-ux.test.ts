/**
 * The popup says what to do next (issue 14), built extension in Chromium: the next step with
 * its deadline and countdown on top, steps folded but the current one, the order date taken
 * from the draft, an SMS step flagging the landline it would go to, "Fill in" not done while
 * the form has errors (the draft's, or the open page's), one screen before the first fold,
 * badges on one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const DRAFT = {
  format: 'icp-filing-draft',
  version: 1,
  filingType: 'new',
  name: 'TJ landline',
  fields: {
    'subject.province': '天津市',
    'subject.nature': '企业',
    'subject.name': '天津星河网络科技有限公司',
    'subject.principal.name': '张三',
    'subject.principal.idType': '居民身份证',
    'subject.principal.idNumber': '120104199003071234',
    // A landline in contact method 1: the SMS would go nowhere.
    'subject.principal.mobile': '022-2345678',
    'website.name': '星河博客',
    'website.domains': ['example.com'],
  },
};

describe('popup: what to do next', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let dir: string;
  let draftId = '';

  async function openPopup(query: string): Promise<Page> {
    const page = await browser.openExtensionPage(`popup.html${query}`);
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 380, height: 600 });
    await page.waitForSelector('html[data-icp-popup-ready="1"]', { state: 'attached', timeout: 15_000 });
    await page.waitForSelector('html[data-icp-drafts-ready="1"]', { state: 'attached', timeout: 15_000 });
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icp-popup-ux-'));
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
    const page = await openPopup('');
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(DRAFT));
    await page.setInputFiles('[data-icp-import]', file);
    await page.waitForSelector('[data-icp-draft-id]');
    draftId = (await page.getAttribute('[data-icp-draft-id]', 'data-icp-draft-id'))!;
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the next step with its deadline and countdown, the order date taken from the draft', async () => {
    const page = await openPopup(`?draft=${draftId}`);
    const next = page.locator('[data-icp-next-step]');
    await next.waitFor();
    // On top: before the process bar and the steps.
    const top = (sel: string) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('[data-icp-next-step]')).toBeLessThan(await top('[data-icp-stages]'));
    expect(await top('[data-icp-next-step]')).toBeLessThan(await top('[data-icp-steps]'));
    // Its deadline: the order's 45 days, counted from the draft's first save (no date typed).
    const deadline = await next.locator('[data-icp-deadline]').getAttribute('data-icp-deadline');
    const days = (Date.parse(deadline!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(44);
    expect(days).toBeLessThanOrEqual(45);
    expect(await next.locator('.countdown-left').innerText()).toMatch(/\d/);
    expect(await page.locator('[data-icp-progress="orderCreatedAt"]').inputValue()).not.toBe('');
    expect(await page.locator('[data-icp-estimated="orderCreatedAt"]').count()).toBe(1);
    await page.close();
  });

  it('folds the steps but the current one, flags the SMS to a landline, keeps “Fill in” open while there are errors', async () => {
    const page = await openPopup(`?draft=${draftId}`);
    await page.waitForSelector('[data-icp-next-errors]');
    const folds = await page.$$eval('[data-icp-step]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-icp-step'), done: e.getAttribute('data-icp-step-done'), open: e.querySelector('button.fold')?.getAttribute('aria-expanded') ?? null, bodyHidden: (e.querySelector('.step-body') as HTMLElement | null)?.hidden ?? null })),
    );
    const open = folds.filter((f) => f.open === 'true');
    expect(open).toHaveLength(1);
    expect(open[0]).toBe(folds.find((f) => f.done === 'false'));
    for (const f of folds.filter((x) => x.open === 'false')) expect(f.bodyHidden).toBe(true);
    // Unfolds on demand (keyboard).
    const key = await page.locator('[data-icp-step]:has(button.fold[aria-expanded="false"])').first().getAttribute('data-icp-step-key');
    const second = page.locator(`[data-icp-step-key="${key}"] button.fold`);
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => second.getAttribute('aria-expanded')).toBe('true');

    // The SMS step to the flagged landline says so, with the rule's message.
    const sms = page.locator('[data-icp-step="sms-verification"][data-icp-step-mobile="022-2345678"]');
    expect(await sms.getAttribute('data-icp-step-flagged')).toBe('true');
    expect(await sms.locator('[data-icp-step-flag]').isVisible()).toBe(true);
    expect(await sms.locator('[data-icp-step-flag]').innerText()).toMatch(/022-2345678|landline|座机|固定电话/);

    // "Fill in" is the current stage and carries the error count.
    const fill = page.locator('[data-icp-stage="fill"]');
    expect(await fill.getAttribute('data-icp-stage-state')).toBe('current');
    expect(Number(await fill.getAttribute('data-icp-stage-errors'))).toBeGreaterThan(0);
    await page.close();
  });

  it('fits one screen (600 px) before the first fold; badges never wrap, also at 200 % zoom', async () => {
    const page = await openPopup(`?draft=${draftId}`);
    await page.waitForSelector('[data-icp-next-step]');
    const firstFold = await page.evaluate(() => {
      const folded = [...document.querySelectorAll('details:not([open]), button.fold[aria-expanded="false"]')].map((e) => e.getBoundingClientRect().top + scrollY);
      return Math.min(...folded);
    });
    expect(firstFold).toBeLessThanOrEqual(600);
    for (const width of [380, 190]) {
      await page.setViewportSize({ width, height: 600 });
      const wrapped = await page.$$eval('.badge', (els) =>
        els.filter((e) => e.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).lineHeight)).map((e) => e.textContent),
      );
      expect(wrapped, `width ${width}`).toEqual([]);
    }
    await page.close();
  });

  it('“Fill in” is not done while the open page shows errors', async () => {
    const form = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
    await form.fill('[data-expected-key="subject.name"]', '天津星河网络科技有限公司');
    await form.fill('[data-expected-key="subject.principal.mobile"]', '01012345678');
    await form.locator('[data-expected-key="subject.principal.mobile"]').blur();
    await form.waitForFunction(() => [...document.querySelectorAll('[data-icp-helper]')].some((h) => h.shadowRoot?.querySelector('[data-icp-rule="contact1-mobile"]')), undefined, {
      timeout: 10_000,
    });
    const sw = await browser.serviceWorker();
    const tabId = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
    const popup = await openPopup(`?tab=${tabId}`);
    await popup.waitForSelector('[data-icp-page-summary]');
    await expect.poll(() => popup.getAttribute('[data-icp-stage="fill"]', 'data-icp-stage-errors')).not.toBeNull();
    expect(await popup.getAttribute('[data-icp-stage="fill"]', 'data-icp-stage-state')).toBe('current');
    expect(await popup.locator('[data-icp-next-errors]').count()).toBe(1);
    await popup.close();
    await form.close();
  });
});
