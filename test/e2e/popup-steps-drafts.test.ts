/**
 * The popup and options page of the BUILT extension in Chromium: drafts imported through the
 * popup's own file input, steps per province and filing type, ticking, deadlines, broken
 * imports, rename/delete/undo/export, language switch, and the page-warnings summary.
 * One browser launch for the whole file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptText } from '../../src/drafts/crypto';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

interface SeedDraft {
  name: string;
  filingType: string;
  fields: Record<string, string | string[]>;
  /** Mobiles that must each get one `sms-verification` step (newer-sources §3 "Who verifies"). */
  smsMobiles: string[];
}

const person = (prefix: string, name: string, id: string, mobile: string): Record<string, string> => ({
  [`${prefix}.principal.name`]: name,
  [`${prefix}.principal.idType`]: '居民身份证',
  [`${prefix}.principal.idNumber`]: id,
  [`${prefix}.principal.mobile`]: mobile,
  [`${prefix}.principal.email`]: `${mobile}@example.com`,
});

// Subject principal / website principal mobiles differ, so each SMS step is attributable.
const SEEDS: SeedDraft[] = [
  {
    name: 'TJ new filing',
    filingType: 'new',
    fields: {
      'subject.province': '天津市',
      'subject.nature': '企业',
      'subject.name': '天津示例科技有限公司',
      ...person('subject', '张三', '120101199001011237', '13800138000'),
      ...person('website', '李四', '120101199202023456', '13900139000'),
      'website.name': '示例科技官网',
      'website.domains': ['example-tj.cn'],
    },
    smsMobiles: ['13800138000', '13900139000'],
  },
  {
    name: 'GD transfer',
    filingType: 'transfer',
    fields: {
      'subject.province': '广东省',
      'subject.nature': '企业',
      ...person('subject', '王五', '440101198505051234', '13700137000'),
      ...person('website', '赵六', '440101198606061234', '13600136000'),
      'website.domains': ['example-gd.com'],
    },
    smsMobiles: ['13600136000'],
  },
  {
    name: 'ZJ cancel access',
    filingType: 'cancel-access',
    fields: {
      'subject.province': '浙江省',
      ...person('subject', '钱七', '330101198707071234', '13500135000'),
      ...person('website', '孙八', '330101198808081234', '13400134000'),
    },
    smsMobiles: [],
  },
  {
    name: 'SC cancel subject',
    filingType: 'cancel-subject',
    fields: {
      'subject.province': '四川省',
      ...person('subject', '周九', '510101198909091234', '13300133000'),
      ...person('website', '吴十', '510101199010101234', '13200132000'),
    },
    smsMobiles: ['13300133000'],
  },
];

const bundle = {
  format: 'icp-filing-drafts',
  version: 1,
  drafts: SEEDS.map((s) => ({ format: 'icp-filing-draft', version: 1, filingType: s.filingType, fields: s.fields, name: s.name })),
};

describe('popup and options (built extension, Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let dir: string;
  const ids = new Map<string, string>();

  /**
   * Opens the popup; waits for the steps (ready) and the drafts list (loaded right after), then
   * unfolds every step and the key dates (these tests read their contents; popup-ux tests the folds).
   */
  async function openPopup(query = ''): Promise<Page> {
    const page = await browser.openExtensionPage(`popup.html${query}`);
    page.setDefaultTimeout(10_000);
    await page.waitForSelector('html[data-icp-popup-ready="1"]', { state: 'attached', timeout: 15_000 });
    await page.waitForSelector('html[data-icp-drafts-ready="1"]', { state: 'attached', timeout: 15_000 });
    await page.evaluate(() => {
      document.querySelectorAll<HTMLButtonElement>('button.fold[aria-expanded="false"]').forEach((b) => b.click());
      document.querySelectorAll<HTMLDetailsElement>('details[data-icp-key-dates]').forEach((d) => (d.open = true));
    });
    return page;
  }

  async function alarmNames(): Promise<string[]> {
    const sw = await browser.serviceWorker();
    return sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome;
      return (await c.alarms.getAll()).map((a) => a.name);
    });
  }

  async function draftCount(page: Page): Promise<number> {
    return page.locator('[data-icp-draft-id]').count();
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icp-popup-e2e-'));
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty, then imports drafts through the popup file input', async () => {
    const page = await openPopup();
    expect(await draftCount(page)).toBe(0);
    expect(await page.locator('[data-icp-step]').count()).toBe(0);
    const file = join(dir, 'drafts.json');
    writeFileSync(file, JSON.stringify(bundle));
    await page.setInputFiles('[data-icp-import]', file);
    await page.waitForFunction((n) => document.querySelectorAll('[data-icp-draft-id]').length === n, SEEDS.length);
    for (const row of await page.locator('[data-icp-draft-id]').all()) {
      const id = await row.getAttribute('data-icp-draft-id');
      const name = await row.getAttribute('data-icp-draft-name');
      ids.set(name!, id!);
    }
    expect([...ids.keys()].sort()).toEqual(SEEDS.map((s) => s.name).sort());
    await page.close();
  });

  it('lists each draft’s steps with data-icp-step and the right mobiles (several provinces and filing types)', async () => {
    for (const seed of SEEDS) {
      const page = await openPopup(`?draft=${ids.get(seed.name)}`);
      expect(await page.getAttribute('[data-icp-current-draft]', 'data-icp-current-draft')).toBe(ids.get(seed.name));
      const steps = await page.$$eval('[data-icp-step]', (els) =>
        els.map((e) => ({ id: e.getAttribute('data-icp-step'), key: e.getAttribute('data-icp-step-key'), mobile: e.getAttribute('data-icp-step-mobile') })),
      );
      const sms = steps.filter((s) => s.id === 'sms-verification');
      expect(sms.map((s) => s.mobile).sort(), seed.name).toEqual([...seed.smsMobiles].sort());
      // Every listed step has a key, and keys are unique (progress is saved under them).
      expect(steps.every((s) => s.key), seed.name).toBe(true);
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
      if (seed.filingType === 'new') {
        expect(steps.map((s) => s.id)).toEqual(expect.arrayContaining(['document-upload', 'provider-review', 'admin-review']));
        // The SMS step names its site (opens in a new tab) and the ID tail to type.
        const first = page.locator('[data-icp-step="sms-verification"][data-icp-step-mobile="13800138000"]');
        expect(await first.locator('a[data-icp-step-link]').getAttribute('target')).toBe('_blank');
        expect(await first.innerText()).toContain('011237');
        expect(await first.locator('[data-icp-step-who]').getAttribute('data-icp-step-who')).toBe('subject-principal');
        // Process bar: 8 provider stages, one current.
        expect(await page.locator('[data-icp-stage]').count()).toBe(8);
        expect(await page.locator('[data-icp-stage-state="current"]').count()).toBe(1);
        // 200% zoom of a 380px popup = 190 CSS px: everything reflows, nothing scrolls sideways.
        await page.setViewportSize({ width: 190, height: 600 });
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((e) => `${e.tagName}.${e.className}`)
            .slice(0, 5),
        );
        expect(overflow).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
        // Light and dark themes follow the system.
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await page.emulateMedia({ colorScheme: 'light' });
        const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(light).toBe('rgb(255, 255, 255)');
        expect(dark).not.toBe(light);
      }
      await page.close();
    }
  });

  it('ticks a step done, keeps it after reopening, and unticks it', async () => {
    const q = `?draft=${ids.get('TJ new filing')}`;
    const sel = '[data-icp-step="sms-verification"][data-icp-step-mobile="13900139000"]';
    let page = await openPopup(q);
    expect(await page.getAttribute(sel, 'data-icp-step-done')).toBe('false');
    // Keyboard: focus the checkbox and press Space.
    await page.focus(`${sel} input[type="checkbox"]`);
    await page.keyboard.press('Space');
    await page.waitForSelector(`${sel}[data-icp-step-done="true"]`);
    await page.waitForSelector('[data-icp-saving="0"]');
    await page.close();

    page = await openPopup(q);
    expect(await page.getAttribute(sel, 'data-icp-step-done')).toBe('true');
    expect(await page.getAttribute('[data-icp-step="sms-verification"][data-icp-step-mobile="13800138000"]', 'data-icp-step-done')).toBe('false');
    await page.click(`${sel} input[type="checkbox"]`);
    await page.waitForSelector(`${sel}[data-icp-step-done="false"]`);
    await page.waitForSelector('[data-icp-saving="0"]');
    await page.close();

    page = await openPopup(q);
    expect(await page.getAttribute(sel, 'data-icp-step-done')).toBe('false');
    await page.close();
  });

  it('records “submitted to the administration at” and shows a live SMS deadline', async () => {
    const q = `?draft=${ids.get('TJ new filing')}`;
    let page = await openPopup(q);
    const sms = '[data-icp-step="sms-verification"][data-icp-step-mobile="13800138000"]';
    expect(await page.locator(`${sms} [data-icp-deadline]`).count()).toBe(0);
    // One hour ago, local time, as the datetime input wants it.
    const local = await page.evaluate(() => {
      const d = new Date(Date.now() - 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.fill('[data-icp-progress="submittedToAdminAt"]', local);
    await page.waitForSelector(`${sms} [data-icp-deadline]`);
    const first = await page.locator(`${sms} .countdown-left`).innerText();
    await page.close();

    page = await openPopup(q);
    expect(await page.inputValue('[data-icp-progress="submittedToAdminAt"]')).toBe(local);
    const deadline = await page.getAttribute(`${sms} [data-icp-deadline]`, 'data-icp-deadline');
    const leftH = (Date.parse(deadline!) - Date.now()) / 3_600_000;
    // Code window is 24 h from about the submission (planner); an hour has gone.
    expect(leftH).toBeGreaterThan(20);
    expect(leftH).toBeLessThan(48);
    expect(first).toMatch(/\d/);

    // The background scheduled reminders 6 h and 1 h before this code window (chrome.alarms).
    const id = ids.get('TJ new filing')!;
    const leads = async (): Promise<string[]> =>
      (await alarmNames())
        .filter((n) => n.startsWith(`icp-reminder|${encodeURIComponent(id)}|sms-window|`))
        .map((n) => n.split('|')[4]!)
        .sort();
    await expect.poll(leads, { timeout: 5_000 }).toEqual(['21600000', '21600000', '3600000', '3600000']);

    // When a reminder's alarm fires, the background notifies (re-set one to fire now).
    const name = (await alarmNames()).find((n) => n.startsWith(`icp-reminder|${encodeURIComponent(id)}|sms-window|`))!;
    const sw = await browser.serviceWorker();
    const notified = await sw.evaluate(async (alarm) => {
      const c = (globalThis as unknown as {
        chrome: {
          alarms: { create(n: string, o: object): Promise<void> };
          notifications: { getAll(): Promise<Record<string, boolean>> };
        };
      }).chrome;
      await c.alarms.create(alarm, { when: Date.now() + 200 });
      for (let i = 0; i < 50; i++) {
        const all = await c.notifications.getAll();
        if (alarm in all) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    }, name);
    expect(notified).toBe(true);

    // Under an hour left the countdown shows seconds and ticks by itself.
    const nearly = await page.evaluate(() => {
      const d = new Date(Date.now() - (23 * 60 + 50) * 60_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.fill('[data-icp-progress="submittedToAdminAt"]', nearly);
    await page.waitForFunction((sel) => /\d s\b/.test(document.querySelector(`${sel} .countdown-left`)?.textContent ?? ''), sms);
    const t1 = await page.locator(`${sms} .countdown-left`).innerText();
    await page.waitForFunction(
      ([sel, before]) => {
        const now = document.querySelector(`${sel} .countdown-left`)?.textContent;
        return now !== undefined && now !== before;
      },
      [sms, t1] as const,
      { timeout: 3_000 },
    );
    // Put the hour-ago time back for the tests that follow.
    await page.fill('[data-icp-progress="submittedToAdminAt"]', local);
    await page.waitForFunction((sel) => !/\d s\b/.test(document.querySelector(`${sel} .countdown-left`)?.textContent ?? '0 s'), sms);

    // Another date, then cleared again: the clear is saved, the other dates stay, and the
    // order date falls back to what the draft knows (its first save), marked as estimated.
    const estimate = await page.inputValue('[data-icp-progress="orderCreatedAt"]');
    expect(await page.locator('[data-icp-estimated="orderCreatedAt"]').count()).toBe(1);
    await page.fill('[data-icp-progress="orderCreatedAt"]', local);
    await page.waitForSelector('[data-icp-saving="0"]');
    expect(await page.locator('[data-icp-estimated="orderCreatedAt"]').count()).toBe(0);
    await page.click('.date-row:has([data-icp-progress="orderCreatedAt"]) button');
    await page.waitForSelector('[data-icp-saving="0"]');
    await page.close();
    page = await openPopup(q);
    expect(await page.inputValue('[data-icp-progress="orderCreatedAt"]')).toBe(estimate);
    expect(await page.locator('[data-icp-estimated="orderCreatedAt"]').count()).toBe(1);
    expect(await page.inputValue('[data-icp-progress="submittedToAdminAt"]')).toBe(local);
    await page.close();
  });

  it('records when the SMS code was sent: the deadline then runs from it, and clearing it goes back to the submission', async () => {
    const page = await openPopup(`?draft=${ids.get('TJ new filing')}`);
    const sms = '[data-icp-step="sms-verification"][data-icp-step-mobile="13800138000"]';
    const leftH = async (): Promise<number> => (Date.parse((await page.getAttribute(`${sms} [data-icp-deadline]`, 'data-icp-deadline'))!) - Date.now()) / 3_600_000;
    // From the submission an hour or so ago (previous test): about 23 h left.
    expect(await leftH()).toBeGreaterThan(22);
    const local = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.fill('[data-icp-progress="smsSentAt"]', local);
    // Sent three hours ago: 24 h from then.
    await expect.poll(leftH, { timeout: 5_000 }).toBeLessThan(21.5);
    expect(await leftH()).toBeGreaterThan(20);
    await page.getByRole('button', { name: /Clear SMS code sent at|清除 短信验证码发送时间/ }).click();
    await expect.poll(leftH, { timeout: 5_000 }).toBeGreaterThan(22);
    await page.close();
  });

  it('refuses a broken file, shows every problem, and changes nothing', async () => {
    const page = await openPopup();
    const before = await draftCount(page);
    const broken = {
      format: 'icp-filing-drafts',
      version: 1,
      drafts: [
        { format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.name': 'OK 公司' } },
        { format: 'icp-filing-draft', version: 1, filingType: 'bogus', fields: { 'subject.principal.mobile': 13800138000, 'no.such.key': 'x' } },
      ],
    };
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    await page.setInputFiles('[data-icp-import]', file);
    const box = page.locator('[data-icp-import-errors]');
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain('subject.principal.mobile');
    expect(text).toContain('no.such.key');
    expect(text).toContain('filingType');
    expect(await draftCount(page)).toBe(before);
    // Not JSON at all.
    writeFileSync(file, '{ not json');
    await page.setInputFiles('[data-icp-import]', file);
    await page.waitForFunction(() => document.querySelector('[data-icp-import-errors]')?.textContent?.includes('JSON'));
    await page.close();
    const again = await openPopup();
    expect(await draftCount(again)).toBe(before);
    await again.close();
  });

  it('renames, deletes with undo, and exports a draft file', async () => {
    const id = ids.get('GD transfer')!;
    const page = await openPopup(`?draft=${id}`);
    const row = page.locator(`[data-icp-draft-id="${id}"]`);
    await row.locator('[data-icp-action="rename"]').click();
    await row.locator('input[name="name"]').fill('广东 新增接入');
    await row.locator('input[name="name"]').press('Enter');
    await page.waitForSelector(`[data-icp-draft-id="${id}"][data-icp-draft-name="广东 新增接入"]`);

    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('[data-icp-action="export"]').click()]);
    const saved = join(dir, 'export.json');
    await download.saveAs(saved);
    const exported = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; name: string; filingType: string; fields: Record<string, unknown> };
    expect(exported.format).toBe('icp-filing-draft');
    expect(exported.name).toBe('广东 新增接入');
    expect(exported.filingType).toBe('transfer');
    expect(exported.fields['website.principal.mobile']).toBe('13600136000');

    const before = await draftCount(page);
    await row.locator('[data-icp-action="delete"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-icp-draft-id]').length === n, before - 1);
    await page.click('[data-icp-action="undo-delete"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-icp-draft-id]').length === n, before);
    await page.close();
  });

  it('follows the language chosen in options', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-icp-options-ready]');
    await options.selectOption('[data-icp-setting="language"]', 'zh');
    await options.waitForSelector('[data-icp-status]');
    let popup = await openPopup(`?draft=${ids.get('TJ new filing')}`);
    expect(await popup.locator('h1').innerText()).toBe('ICP备案助手');
    expect(await popup.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await popup.locator('#icp-steps-h').innerText()).toBe('待完成的核验步骤');

    await options.selectOption('[data-icp-setting="language"]', 'en');
    // The open popup follows the change live (storage.onChanged).
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'ICP Filing Helper');
    await popup.close();
    popup = await openPopup(`?draft=${ids.get('TJ new filing')}`);
    expect(await popup.locator('#icp-steps-h').innerText()).toBe('Outstanding verification steps');
    await popup.close();

    // Reminders off is saved, and clears every reminder alarm.
    expect((await alarmNames()).some((n) => n.startsWith('icp-reminder|'))).toBe(true);
    await options.uncheck('[data-icp-setting="reminders"]');
    await options.reload();
    await options.waitForSelector('[data-icp-options-ready]');
    expect(await options.isChecked('[data-icp-setting="reminders"]')).toBe(false);
    await expect.poll(async () => (await alarmNames()).filter((n) => n.startsWith('icp-reminder|')).length, { timeout: 5_000 }).toBe(0);
    await options.close();
  });

  it('summarises the warnings of the page it acts on and scrolls to a field', async () => {
    const form = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
    // A landline in contact method 1: the `contact1-mobile` rule (CONTRACT.md) flags it inline.
    await form.fill('[data-expected-key="subject.principal.mobile"]', '01012345678');
    await form.locator('[data-expected-key="subject.principal.mobile"]').blur();
    await form.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-icp-helper]')].some((h) => h.shadowRoot?.querySelector('[data-icp-rule="contact1-mobile"]')),
      undefined,
      { timeout: 10_000 },
    );
    // The form is the active tab of the last focused window (no "tabs" permission to query by URL).
    const sw = await browser.serviceWorker();
    const tabId = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      const tabs = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs[0]?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    const popup = await openPopup(`?tab=${tabId}`);
    await popup.waitForSelector('[data-icp-page-summary]', { timeout: 10_000 });
    // Counted by severity, and listed with its rule and field.
    const counts = await popup.$$eval('[data-icp-severity-count]', (els) => els.map((e) => e.getAttribute('data-icp-severity-count')));
    expect(counts.length).toBeGreaterThan(0);
    expect(await popup.locator('[data-icp-page-summary] button[data-icp-rule="contact1-mobile"][data-icp-field="subject.principal.mobile"]').count()).toBe(1);
    const buttons = popup.locator('[data-icp-page-summary] button[data-icp-field]');
    const total = await buttons.count();
    expect(total).toBeGreaterThan(0);
    // Clicking a finding focuses its field on the page.
    await form.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (!(await buttons.first().isVisible())) await popup.click('[data-icp-page-summary] summary');
    await popup.click('[data-icp-page-summary] button[data-icp-rule="contact1-mobile"]');
    await form.waitForFunction(() => document.activeElement?.getAttribute('data-expected-key') === 'subject.principal.mobile', undefined, { timeout: 5_000 });

    // Restore the TJ draft into the page and see the filled / failed / skipped report.
    const id = ids.get('TJ new filing')!;
    const restore = popup.locator(`[data-icp-draft-id="${id}"] [data-icp-action="restore"]`);
    expect(await restore.isDisabled()).toBe(false);
    await restore.click();
    const notice = popup.locator('[data-icp-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Filled [1-9]\d*, failed \d+, skipped \d+/);
    await popup.close();
    await form.close();
  });

  it('options: export all, then delete all data after confirming', async () => {
    const options = await browser.openExtensionPage('options.html');
    options.setDefaultTimeout(10_000);
    await options.waitForSelector('[data-icp-options-ready]');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-icp-action="export-all"]')]);
    const saved = join(dir, 'all.json');
    await download.saveAs(saved);
    const all = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; drafts: unknown[] };
    expect(all.format).toBe('icp-filing-drafts');
    expect(all.drafts).toHaveLength(SEEDS.length);

    // The first click only asks; cancelling keeps everything.
    await options.click('[data-icp-action="delete-all"]');
    await options.click('text=Cancel');
    let popup = await openPopup();
    expect(await draftCount(popup)).toBe(SEEDS.length);
    await popup.close();

    await options.click('[data-icp-action="delete-all"]');
    await options.click('[data-icp-action="confirm-delete-all"]');
    await options.waitForSelector('[data-icp-status]');
    popup = await openPopup();
    expect(await draftCount(popup)).toBe(0);
    expect(await popup.locator('[data-icp-step]').count()).toBe(0);
    await popup.close();
    await options.close();
  });

  it('imports an encrypted draft file after asking for its passphrase', async () => {
    const plain = JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', name: 'Encrypted HB', fields: SEEDS[0]!.fields });
    const file = join(dir, 'encrypted.json');
    writeFileSync(file, JSON.stringify(await encryptText(plain, 'correct horse')));
    const page = await openPopup();
    const before = await draftCount(page);
    await page.setInputFiles('[data-icp-import]', file);
    await page.waitForSelector('#icp-import-pass');
    await page.fill('#icp-import-pass', 'wrong');
    await page.press('#icp-import-pass', 'Enter');
    await page.waitForFunction(() => (document.querySelector('[data-icp-import-errors]')?.textContent ?? '').length > 0);
    expect(await draftCount(page)).toBe(before);
    await page.fill('#icp-import-pass', 'correct horse');
    await page.press('#icp-import-pass', 'Enter');
    await page.waitForSelector('[data-icp-draft-name="Encrypted HB"]');
    expect(await draftCount(page)).toBe(before + 1);
    expect(await page.locator('[data-icp-step="sms-verification"]').count()).toBe(2);
    await page.close();
  });
});
