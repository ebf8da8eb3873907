/**
 * One filing, one draft, in the BUILT extension in Chromium (one launch): the Alibaba Cloud
 * 2019 flow start → subject → website in one tab holds one draft with the fields of all three
 * pages and shows no restore prompt on the way; values a page script plants with synthetic
 * events never create a draft; a popup restore never reaches a cross-origin frame, and that
 * frame's own values never enter the top page's draft.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, waitForContentScript, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { promptFrameCount } from '../support/restore-prompt';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

interface StoredDraft {
  id: string;
  name: string;
  origin: string;
  fields: Record<string, unknown>;
  deletedAt?: string;
}

describe('drafts: one filing, one draft (Chromium)', () => {
  let server: FixtureServer;
  let other: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Another port is another origin; the test build runs the content script on both.
    other = await startFixtureServer();
    browser = await launchExtensionBrowser();
    ext = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  const drafts = async (): Promise<StoredDraft[]> => (await readStoredDrafts<StoredDraft>(ext)).filter((d) => !d.deletedAt);

  /** True when the restore prompt offered something in this page within `ms`. */
  async function promptShown(page: Page, ms = 2_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      // The prompt's host has a closed shadow root: find the prompt in the page's frame list.
      if (promptFrameCount(page) > 0) return true;
      await page.waitForTimeout(100);
    }
    return false;
  }

  it('start → subject → website in one tab: one draft with every page\'s fields, no prompt on the way', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/start.html`);
    // Typing first: a user's keystrokes give the page the activation the selects then use.
    await page.locator('#certNo').pressSequentially('91120104MA06ABCD1M', { delay: 5 });
    await page.locator('#province').selectOption({ label: '天津市' });
    await page.locator('#city').selectOption({ label: '天津市' });
    await page.locator('#district').selectOption({ label: '南开区' });
    await page.locator('#nature').selectOption({ label: '企业' });
    await page.locator('#certType').selectOption({ label: '营业执照（个人或企业）' });
    await page.locator('#domain').pressSequentially('tjxinghe.com', { delay: 5 });
    await page.locator('#captcha').pressSequentially('K7P2', { delay: 5 });
    await page.locator('#verifyType').click();
    await page.waitForURL(/subject\.html$/);
    await waitForContentScript(page);
    expect(await promptShown(page)).toBe(false);

    await page.locator('#orgName').pressSequentially('天津星河科技有限公司', { delay: 5 });
    await page.locator('#leaderName').pressSequentially('张三', { delay: 5 });
    await page.locator('#leaderMobile').pressSequentially('13800138000', { delay: 5 });
    await page.locator('#leaderMobile').blur();
    await page.getByRole('link', { name: '下一步，填写网站信息' }).click();
    await page.waitForURL(/website\.html$/);
    await waitForContentScript(page);
    expect(await promptShown(page)).toBe(false);

    await page.locator('#siteName_0').pressSequentially('星河官网', { delay: 5 });
    await page.locator('#wLeaderName_0').pressSequentially('李四', { delay: 5 });
    await page.locator('#wLeaderMobile_0').pressSequentially('13900139000', { delay: 5 });
    await page.locator('#wLeaderMobile_0').blur();

    await expect.poll(async () => (await drafts()).find((d) => d.fields['website.principal.mobile'] === '13900139000') !== undefined, { timeout: 10_000 }).toBe(true);
    // Typing the page let us hear: no prompt, and no "autosave cannot see this page" notice.
    expect(await promptShown(page, 500)).toBe(false);
    const all = await drafts();
    expect(all).toHaveLength(1);
    const d = all[0]!;
    expect(d.fields).toMatchObject({
      'subject.certNumber': '91120104MA06ABCD1M',
      'subject.province': '天津市',
      'subject.district': '南开区',
      'website.domains': ['tjxinghe.com'],
      'subject.name': '天津星河科技有限公司',
      'subject.principal.mobile': '13800138000',
      'website.name': '星河官网',
      'website.principal.name': '李四',
      'website.principal.mobile': '13900139000',
    });
    // A name people can tell apart: subject name · domain (the fixture host has no provider).
    expect(d.name).toBe('天津星河科技有限公司 · tjxinghe.com');

    // Issue 11: the popup for this tab computes its steps and checks from the whole filing.
    const sw = await browser.serviceWorker();
    const tabId = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('html[data-icp-drafts-ready="1"]', { state: 'attached', timeout: 15_000 });
    await popup.waitForSelector('[data-icp-step]', { timeout: 15_000 });
    expect(await popup.getAttribute('[data-icp-current-draft]', 'data-icp-current-draft')).toBe(d.id);
    const steps = await popup.$$eval('[data-icp-step]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-icp-step'), mobile: e.getAttribute('data-icp-step-mobile'), text: (e as HTMLElement).innerText })),
    );
    const sms = steps.filter((s) => s.id === 'sms-verification');
    expect(sms.map((s) => s.mobile).sort()).toEqual(['13800138000', '13900139000']);
    expect(steps.map((s) => s.text).join('\n')).not.toMatch(/mobile not filled in|手机号未填写/);
    expect(await popup.locator('main').innerText()).not.toMatch(/mobile not filled in|手机号未填写/);
    // The page's checks: no mobile reported missing either.
    expect(await popup.locator('[data-icp-rule="required-field"][data-icp-field$=".mobile"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('splits the website off in the popup, then merges it back: one draft again with every field', async () => {
    const flow = (await drafts()).find((d) => d.fields['website.principal.mobile'] === '13900139000')!;
    const popup = await browser.openExtensionPage(`popup.html?draft=${flow.id}`);
    const row = popup.locator(`[data-icp-draft-id="${flow.id}"]`);
    await row.locator('[data-icp-action="split"]').click();
    await row.locator('[data-icp-split-part="0"]').check();
    await row.locator('[data-icp-action="split-confirm"]').click();
    await expect.poll(async () => (await drafts()).length, { timeout: 5_000 }).toBe(2);
    const afterSplit = await drafts();
    const subject = afterSplit.find((d) => d.id === flow.id)!;
    const website = afterSplit.find((d) => d.id !== flow.id)!;
    expect(subject.fields['website.name']).toBeUndefined();
    expect(subject.fields['subject.name']).toBe('天津星河科技有限公司');
    expect(website.fields).toMatchObject({ 'website.name': '星河官网', 'website.principal.mobile': '13900139000', 'website.domains': ['tjxinghe.com'] });

    const websiteRow = popup.locator(`[data-icp-draft-id="${website.id}"]`);
    await websiteRow.locator('[data-icp-action="merge"]').click();
    await websiteRow.locator('select[name="target"]').selectOption(flow.id);
    await websiteRow.locator('[data-icp-action="merge-confirm"]').click();
    await expect.poll(async () => (await drafts()).length, { timeout: 5_000 }).toBe(1);
    const merged = (await drafts())[0]!;
    expect(merged.id).toBe(flow.id);
    expect(merged.fields).toMatchObject({ 'subject.name': '天津星河科技有限公司', 'website.name': '星河官网', 'website.principal.mobile': '13900139000' });
    expect(await popup.locator('[data-icp-notice]').textContent()).toMatch(/Merged|合并/);
    await popup.close();
  });

  it('a page script planting values with synthetic events creates no draft', async () => {
    const before = (await drafts()).length;
    // The page's own script, with no user action at all (Playwright's evaluate would count as a
    // user gesture): it plants values once the helper is up.
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const plant = (): void => {
        if (!document.documentElement.hasAttribute('data-icp-helper-ready')) return void setTimeout(plant, 100);
        for (const [id, v] of [['orgName', '植入公司'], ['leaderMobile', '13700137000'], ['orgInvestor', '植入']] as const) {
          const el = document.getElementById(id) as HTMLInputElement;
          el.focus();
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          el.blur();
        }
        document.documentElement.dataset.planted = '1';
      };
      addEventListener('DOMContentLoaded', plant);
    });
    await page.goto(`${other.url}/aliyun-2019/subject.html?planted=1`);
    // Wait without touching the page: Playwright's page calls (waitForSelector's polling too) run
    // as user gestures, which would give the page a user activation while it plants.
    await page.waitForTimeout(8_000);
    expect(await page.locator('html').getAttribute('data-planted')).toBe('1');
    expect(await page.locator('#orgName').inputValue()).toBe('植入公司');
    await page.waitForTimeout(2_000);
    const after = await drafts();
    expect(after).toHaveLength(before);
    expect(JSON.stringify(after)).not.toContain('植入公司');
    await page.close();
  });

  it('a popup restore never reaches a cross-origin frame, whose values never enter the top page\'s draft', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html?top=1`);
    await page.locator('#orgName').pressSequentially('顶层公司', { delay: 5 });
    await page.locator('#orgInvestor').pressSequentially('顶层', { delay: 5 });
    await page.locator('#orgInvestor').blur();
    await expect.poll(async () => (await drafts()).find((d) => d.fields['subject.name'] === '顶层公司') !== undefined, { timeout: 10_000 }).toBe(true);
    const top = (await drafts()).find((d) => d.fields['subject.name'] === '顶层公司')!;
    // Clear the page so the restore has something to fill.
    await page.reload();
    await waitForContentScript(page);

    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.cssText = 'width:900px;height:600px';
      document.body.append(f);
    }, `${other.url}/aliyun-2019/subject.html?framed=1`);
    await expect.poll(() => page.frames().some((f) => f.url().includes('framed=1')), { timeout: 10_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('framed=1'))!;
    await frame.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
    // The frame's own (user-typed) value, before the restore.
    await frame.locator('#orgRemark').pressSequentially('框架自己的备注', { delay: 5 });
    await frame.locator('#orgRemark').blur();

    await page.bringToFront();
    const reply = (await ext.evaluate(async (draftId) => {
      type Tab = { id?: number };
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return c.tabs.sendMessage(tab!.id!, { type: 'page/restore', payload: { draftId } });
    }, top.id)) as { ok: boolean; value?: { filled: string[] } };
    expect(reply.ok).toBe(true);
    expect(reply.value?.filled).toContain('subject.name');
    await expect.poll(() => page.locator('#orgName').inputValue(), { timeout: 5_000 }).toBe('顶层公司');
    // The cross-origin frame got nothing of the top page's draft.
    await page.waitForTimeout(1_000);
    expect(await frame.locator('#orgName').inputValue()).toBe('');
    expect(await frame.locator('#orgInvestor').inputValue()).toBe('');
    // Its own values stayed in its own origin's draft, never in the top page's.
    await page.waitForTimeout(1_000);
    const stored = await drafts();
    const topNow = stored.find((d) => d.id === top.id)!;
    expect(JSON.stringify(topNow.fields)).not.toContain('框架自己的备注');
    const frameDraft = stored.find((d) => d.fields['subject.remarks'] === '框架自己的备注');
    expect(frameDraft?.origin).toBe(other.url);
    await page.close();
  });
});
