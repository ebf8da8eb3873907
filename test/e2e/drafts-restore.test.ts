/**
 * Drafts in the BUILT extension in Chromium, one browser launch: autosave while typing on the
 * Alibaba Cloud 2019 subject page and the React form, reload and restore through the in-page
 * prompt (an extension iframe the page cannot read; React state updated), conflicts never overwritten without asking, restore driven by
 * the popup's `page/restore` message, a service worker stopped mid-typing, a flush on
 * pagehide, and nothing in the page's own storage, no secrets anywhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, waitForContentScript, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { dumpExtensionData, NAME_SHIM } from './privacy-support';
import { clickInPrompt, dismissOfferIfShown, promptFrame } from '../support/restore-prompt';

interface StoredDraft {
  id: string;
  name: string;
  origin: string;
  fields: Record<string, unknown>;
  deletedAt?: string;
}

const SUBJECT = {
  '#orgName': '天津示例科技有限公司',
  '#orgCertAddress': '天津市南开区卫津路92号',
  '#orgStreet': '卫津路92号天津大学科技园1号楼',
  '#orgInvestor': '张三',
  '#leaderName': '张三',
  '#leaderCertNo': '120104199001011237',
  '#leaderMobile': '13800138000',
  '#leaderPhoneArea': '022',
  '#leaderPhoneNumber': '27401234',
  '#leaderEmail': 'zhangsan@example.com',
};
const SMS_CODE = '482913';

describe('drafts: autosave and restore in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
    ext = await browser.openExtensionPage('popup.html');
    await ext.evaluate(NAME_SHIM);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Live drafts, read straight from the extension's IndexedDB (an extension page). */
  async function drafts(): Promise<StoredDraft[]> {
    return (await readStoredDrafts<StoredDraft>(ext)).filter((d) => !d.deletedAt);
  }

  async function draftWith(key: string, value: unknown, timeout = 10_000): Promise<StoredDraft> {
    let found: StoredDraft | undefined;
    await expect
      .poll(
        async () => {
          found = (await drafts()).find((d) => JSON.stringify(d.fields[key]) === JSON.stringify(value));
          return found !== undefined;
        },
        { timeout, interval: 200 },
      )
      .toBe(true);
    return found!;
  }

  async function pageStorage(page: Page): Promise<{ dbs: string[]; local: number; session: number }> {
    return page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name ?? ''),
      local: localStorage.length,
      session: sessionStorage.length,
    }));
  }

  let subjectDraftId = '';

  it('autosaves the Alibaba Cloud subject page while typing, never the SMS code, nothing in the page origin', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
    for (const [sel, text] of Object.entries(SUBJECT)) await page.locator(sel).pressSequentially(text, { delay: 5 });
    await page.locator('#leaderCertType').selectOption({ label: '身份证' });
    await page.locator('#leaderSmsCode').pressSequentially(SMS_CODE, { delay: 5 });
    await page.locator('#leaderEmail').blur();

    const d = await draftWith('subject.principal.email', SUBJECT['#leaderEmail']);
    subjectDraftId = d.id;
    expect(d.name).toBe('天津示例科技有限公司');
    expect(d.origin).toBe(server.url);
    expect(d.fields['subject.name']).toBe(SUBJECT['#orgName']);
    expect(d.fields['subject.principal.mobile']).toBe('13800138000');
    expect(d.fields['subject.principal.idType']).toBe('身份证');
    expect(String(d.fields['subject.principal.phone'])).toContain('022-27401234');
    expect(String(d.fields['subject.mailingAddress'])).toContain(SUBJECT['#orgStreet']);
    // One draft per page session: every save went into the same draft.
    expect((await drafts()).length).toBe(1);

    const dump = await dumpExtensionData(ext);
    expect(dump.json).toContain('13800138000');
    expect(dump.json).not.toContain(SMS_CODE);
    expect(await pageStorage(page)).toEqual({ dbs: [], local: 0, session: 0 });
    await page.close();
  });

  it('offers the draft after a reload and restores it; a value typed since is not overwritten without asking', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
    const prompt = (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]');
    await expect.poll(() => prompt.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-icp-helper="drafts"]').count()).toBe(1);
    expect(await prompt.locator('[data-icp-draft-name]').textContent()).toBe('天津示例科技有限公司');
    // The page's own scripts see the prompt's frame but none of its content (extension origin).
    const visibleToPage = await page.evaluate(() => {
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot): void => {
        texts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) walk(el.shadowRoot);
          if (el instanceof HTMLIFrameElement) texts.push(String(el.contentDocument?.documentElement.outerHTML ?? ''));
        }
      };
      walk(document);
      // The host's shadow root is closed: the page gets no handle on the frame.
      return { text: texts.join('\n'), shadowRoot: document.querySelector('[data-icp-helper="drafts"]')?.shadowRoot ?? null };
    });
    expect(visibleToPage.shadowRoot).toBeNull();
    // Nothing on the page had focus: the prompt took it, like a dialog (restore-prompt-ux.test.ts
    // checks that it leaves a field the user is in alone).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-icp-helper') ?? null)).toBe('drafts');
    expect(visibleToPage.text).not.toContain('天津示例科技有限公司');
    expect(visibleToPage.text).not.toContain('data-icp-restore-prompt');
    // The user typed a different mobile before restoring.
    await page.locator('#leaderMobile').fill('13911112222');

    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    const result = (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]');
    await result.waitFor({ timeout: 15_000 });
    expect(await page.locator('#orgName').inputValue()).toBe(SUBJECT['#orgName']);
    expect(await page.locator('#orgStreet').inputValue()).toBe(SUBJECT['#orgStreet']);
    expect(await page.locator('#leaderPhoneArea').inputValue()).toBe('022');
    expect(await page.locator('#leaderPhoneNumber').inputValue()).toBe('27401234');
    expect(await page.locator('#leaderCertType').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('身份证');
    expect(await page.locator('#leaderSmsCode').inputValue()).toBe('');
    // The conflict is listed, and the page value was kept.
    expect(await (await promptFrame(page)).locator('[data-icp-conflict="subject.principal.mobile"]').count()).toBe(1);
    expect(await page.locator('#leaderMobile').inputValue()).toBe('13911112222');
    await clickInPrompt(page, '[data-icp-action="overwrite"]');
    await expect.poll(() => page.locator('#leaderMobile').inputValue(), { timeout: 10_000 }).toBe('13800138000');

    // The restored draft is the one this page now saves into.
    await page.locator('#orgInvestor').fill('李四');
    await page.locator('#orgInvestor').blur();
    const d = await draftWith('subject.investor', '李四');
    expect(d.id).toBe(subjectDraftId);
    // The draft this page started when the user typed before restoring was folded into it.
    expect((await drafts()).map((x) => x.id)).toEqual([subjectDraftId]);
    await page.close();
  });

  it('restores from the popup (page/restore): all fields, or one field, reporting every key', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html?via=popup`);
    // In the page first: restore just one chosen field from the prompt.
    await clickInPrompt(page, '[data-icp-action="pick-fields"]');
    await clickInPrompt(page, '[data-icp-field-key="subject.investor"]', 'check');
    await clickInPrompt(page, '[data-icp-action="restore-selected"]');
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#orgInvestor').inputValue()).toBe('李四');
    expect(await page.locator('#orgName').inputValue()).toBe('');
    await clickInPrompt(page, '[data-icp-action="close"]');

    // Without the "tabs" permission tab URLs are hidden: the popup addresses the active tab.
    await page.bringToFront();
    const send = (payload: Record<string, unknown>) =>
      ext.evaluate(
        async ({ payload }) => {
          type Tab = { id?: number; url?: string };
          const c = (globalThis as unknown as {
            chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
          }).chrome;
          const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
          return c.tabs.sendMessage(tab!.id!, { type: 'page/restore', payload });
        },
        { payload },
      );
    const one = (await send({ draftId: subjectDraftId, keys: ['subject.name'] })) as {
      ok: boolean;
      value: { filled: string[]; failed: unknown[]; skipped: unknown[] };
    };
    expect(one).toEqual({ ok: true, value: { filled: ['subject.name'], failed: [], skipped: [] } });
    expect(await page.locator('#orgName').inputValue()).toBe(SUBJECT['#orgName']);
    expect(await page.locator('#leaderName').inputValue()).toBe('');

    const all = (await send({ draftId: subjectDraftId })) as {
      ok: boolean;
      value: { filled: string[]; failed: { key: string; reason: string }[]; skipped: { key: string; reason: string }[] };
    };
    expect(all.ok).toBe(true);
    expect(all.value.filled).toEqual(expect.arrayContaining(['subject.principal.name', 'subject.principal.email']));
    expect(all.value.skipped).toContainEqual({ key: 'subject.name', reason: 'same-value' });
    expect(all.value.skipped).toContainEqual({ key: 'subject.investor', reason: 'same-value' });
    expect(all.value.failed).toEqual([]);
    expect(await page.locator('#leaderEmail').inputValue()).toBe(SUBJECT['#leaderEmail']);

    // The page now saves into the restored draft (the popup preselects it).
    const status = (await ext.evaluate(async () => {
      const c = (globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return c.tabs.sendMessage(tab!.id!, { type: 'page/draft-status', payload: {} });
    })) as { ok: boolean; value: { draftId: string | null } };
    expect(status).toMatchObject({ ok: true, value: { draftId: subjectDraftId } });

    // An unknown draft is a clear error, not a silent no-op.
    const bad = (await send({ draftId: 'no-such-draft' })) as { ok: boolean; error?: string };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/no-such-draft/);
    await page.close();
  });

  it('restores into React controlled inputs and cascading selects: React state follows', async () => {
    const page = await browser.openWithContentScript(`${server.url}/react-late.html`);
    await page.locator('#subject_name').waitFor({ timeout: 10_000 });
    // Dismiss any offer of the Alibaba draft (same origin): this is a new filing.
    await dismissOfferIfShown(page);
    await page.locator('#subject_province').selectOption({ label: '浙江省' });
    await page.locator('#subject_city').selectOption({ label: '杭州市' });
    await page.locator('#subject_district').selectOption({ label: '西湖区' });
    await page.locator('#subject_name').pressSequentially('杭州反应科技有限公司', { delay: 5 });
    await page.locator('#subject_principal_mobile').pressSequentially('13700137000', { delay: 5 });
    await page.locator('#subject_smsCode').pressSequentially(SMS_CODE, { delay: 5 });
    await page.locator('#subject_principal_email').fill('react@example.com');
    await page.locator('#subject_principal_email').blur();
    const d = await draftWith('subject.principal.email', 'react@example.com');
    expect(d.fields['subject.district']).toBe('西湖区');
    expect(d.fields['subject.name']).toBe('杭州反应科技有限公司');

    await page.reload();
    await waitForContentScript(page);
    await page.locator('#subject_name').waitFor({ timeout: 10_000 });
    const prompt = (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]');
    await prompt.waitFor({ timeout: 10_000 });
    // The most recent draft of this origin is offered first; the other is one click away.
    expect(await prompt.locator('[data-icp-draft-name]').textContent()).toBe('杭州反应科技有限公司');
    await clickInPrompt(page, '[data-icp-action="choose"]');
    expect(await (await promptFrame(page)).locator('[data-icp-draft-choices] input').count()).toBe(2);
    await clickInPrompt(page, `[data-icp-draft-id="${d.id}"]`, 'check');
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });

    const state = (await page.evaluate(() => (window as unknown as { __formState: unknown }).__formState)) as {
      subject: Record<string, string>;
      principal: Record<string, string>;
      smsCode: string;
    };
    expect(state.subject.province).toBe('330000');
    expect(state.subject.city).toBe('330100');
    expect(state.subject.district).toBe('330106');
    expect(state.subject.name).toBe('杭州反应科技有限公司');
    expect(state.principal.mobile).toBe('13700137000');
    expect(state.principal.email).toBe('react@example.com');
    expect(state.smsCode).toBe('');
    expect(await (await promptFrame(page)).locator('[data-icp-restore-failed]').count()).toBe(0);
    await page.close();
  });

  it('restores into Vue v-model inputs and Element-like dropdown selects: Vue state follows', async () => {
    const page = await browser.openWithContentScript(`${server.url}/vue-element.html`);
    await page.locator('#orgName').waitFor({ timeout: 10_000 });
    await dismissOfferIfShown(page);
    await page.locator('#orgName').pressSequentially('杭州视图科技有限公司', { delay: 5 });
    await page.locator('#nature').click();
    await page.locator('.el-select-dropdown__item', { hasText: '个人' }).click();
    await page.locator('#sp_idType').click();
    await page.locator('.el-select-dropdown__item', { hasText: '护照' }).click();
    await page.locator('#province').selectOption({ label: '浙江省' });
    await page.locator('#city').selectOption({ label: '杭州市' });
    await page.locator('#district').selectOption({ label: '滨江区' });
    await page.locator('#sp_email').fill('vue@example.com');
    await page.locator('#sp_email').blur();
    const d = await draftWith('subject.principal.email', 'vue@example.com');
    expect(d.fields['subject.nature']).toBe('个人');
    expect(d.fields['subject.principal.idType']).toBe('护照');

    await page.reload();
    await waitForContentScript(page);
    await page.locator('#orgName').waitFor({ timeout: 10_000 });
    const prompt = (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]');
    await prompt.waitFor({ timeout: 10_000 });
    expect(await prompt.locator('[data-icp-draft-name]').textContent()).toBe('杭州视图科技有限公司');
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });
    const state = (await page.evaluate(() => (window as unknown as { __formState: unknown }).__formState)) as {
      subject: Record<string, string>;
      principal: Record<string, string>;
    };
    expect(state.subject.name).toBe('杭州视图科技有限公司');
    expect(state.subject.nature).toBe('个人');
    expect([state.subject.province, state.subject.city, state.subject.district]).toEqual(['浙江省', '杭州市', '滨江区']);
    expect(state.principal.idType).toBe('护照');
    expect(state.principal.email).toBe('vue@example.com');
    expect(await (await promptFrame(page)).locator('[data-icp-restore-failed]').count()).toBe(0);
    await page.close();
  });

  it('restores a second website by adding its block with the page’s own button', async () => {
    const page = await browser.openWithContentScript(`${server.url}/react-late.html?step=website`);
    await page.locator('#website_0_name').waitFor({ timeout: 10_000 });
    await page.locator('#website_0_name').pressSequentially('第一个网站', { delay: 5 });
    await page.locator('#website_0_domains_0').fill('first.example.cn');
    await page.locator('#add-website').click();
    await page.locator('#website_1_name').pressSequentially('第二个网站', { delay: 5 });
    await page.locator('#website_1_name').blur();
    await draftWith('website[1].name', '第二个网站');

    await page.reload();
    await waitForContentScript(page);
    await page.locator('#website_0_name').waitFor({ timeout: 10_000 });
    expect(await page.locator('#website_1_name').count()).toBe(0);
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });
    const state = (await page.evaluate(() => (window as unknown as { __formState: unknown }).__formState)) as {
      websites: { name: string; domains: string[] }[];
    };
    expect(state.websites.map((w) => w.name)).toEqual(['第一个网站', '第二个网站']);
    expect(state.websites[0]!.domains).toEqual(['first.example.cn']);
    await page.close();
  });

  it('loses nothing when the service worker is stopped mid-typing', async () => {
    const page = await browser.openWithContentScript(`${server.url}/react-late.html?sw=stop`);
    await page.locator('#subject_name').waitFor({ timeout: 10_000 });
    await dismissOfferIfShown(page);
    await page.locator('#subject_name').pressSequentially('停止测试有限公司', { delay: 5 });
    await draftWith('subject.name', '停止测试有限公司');

    const cdp = await browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.includes('stopped'), { timeout: 10_000 }).toBe(true);

    // Keep typing while the worker is down: the next save wakes it (or is retried).
    await page.locator('#subject_principal_name').pressSequentially('王停止', { delay: 5 });
    await page.locator('#subject_principal_idNumber').pressSequentially('330106199001011234', { delay: 5 });
    const d = await draftWith('subject.principal.idNumber', '330106199001011234', 20_000);
    expect(d.fields['subject.name']).toBe('停止测试有限公司');
    expect(d.fields['subject.principal.name']).toBe('王停止');
    await cdp.detach();
    await page.close();
  });

  it('flushes on pagehide: an edit made just before leaving is saved', async () => {
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html?leave=1`);
    await clickInPrompt(page, '[data-icp-action="dismiss"]');
    await page.locator('#orgName').fill('离开前输入有限公司');
    // Leave at once, well inside the 500 ms debounce.
    await page.goto('about:blank');
    await draftWith('subject.name', '离开前输入有限公司');
    await page.close();
  });

  it('keeps no draft data in the pages and no secrets anywhere in extension storage', async () => {
    // The image captcha of the start page, typed with real fields around it.
    const start = await browser.openWithContentScript(`${server.url}/aliyun-2019/start.html`);
    await dismissOfferIfShown(start);
    await start.locator('#certNo').pressSequentially('91120104MA06ABCD1M', { delay: 5 });
    await start.locator('#captcha').pressSequentially('K7QZ', { delay: 5 });
    await start.locator('#domain').fill('captcha-test.cn');
    await start.locator('#domain').blur();
    await draftWith('subject.certNumber', '91120104MA06ABCD1M');
    expect(await pageStorage(start)).toEqual({ dbs: [], local: 0, session: 0 });
    await start.close();

    const page = await browser.openWithContentScript(`${server.url}/react-late.html`);
    await page.locator('#subject_name').waitFor({ timeout: 10_000 });
    expect(await pageStorage(page)).toEqual({ dbs: [], local: 0, session: 0 });
    const dump = await dumpExtensionData(ext);
    expect(dump.databases).toContain('icp-filing-helper');
    expect(dump.json).toContain('杭州反应科技有限公司');
    expect(dump.json).toContain('91120104MA06ABCD1M');
    expect(dump.json).not.toContain(SMS_CODE);
    expect(dump.json).not.toContain('K7QZ');
    await page.close();
  });
});
