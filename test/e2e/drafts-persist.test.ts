/**
 * Drafts survive a browser restart: type, close Chromium, relaunch with the SAME profile, the
 * draft is still in the extension's database and offered on the page. Then a storage failure
 * (the database taken over by another version) is shown to the user, not swallowed.
 * Two launches by nature (the relaunch is the point).
 */
import { describe, expect, it } from 'vitest';
import { readExtensionLocal, readStoredDrafts as storedDrafts } from '../support/extension-db';
import { clickInPrompt, promptFrame } from '../support/restore-prompt';
import { useRelaunchableBrowser } from '../support/use-extension-browser';

describe('drafts: persistence across browser restarts', () => {
  const env = useRelaunchableBrowser('icp-drafts-profile-');

  it('keeps a typed draft after the browser is closed and relaunched with the same profile', async () => {
    let browser = await env.launch();
    const page = await browser.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html`);
    await page.locator('#orgName').pressSequentially('重启测试有限公司', { delay: 5 });
    await page.locator('#leaderEmail').fill('restart@example.com');
    await page.locator('#leaderEmail').blur();
    const ext = await browser.openExtensionPage('popup.html');
    await expect
      .poll(async () => (await storedDrafts(ext)).some((d) => d.fields['subject.principal.email'] === 'restart@example.com'), {
        timeout: 10_000,
      })
      .toBe(true);
    await env.quit();

    browser = await env.launch();
    const ext2 = await browser.openExtensionPage('popup.html');
    const after = await storedDrafts(ext2);
    expect(after).toHaveLength(1);
    expect(after[0]!.name).toBe('重启测试有限公司');
    expect(after[0]!.fields['subject.principal.email']).toBe('restart@example.com');

    // The user chose Chinese in the options: the in-page prompt follows.
    await ext2.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        settings: { language: 'zh', retentionDays: 90, reminders: true },
      }),
    );
    const page2 = await browser.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html`);
    const prompt = (await promptFrame(page2)).locator('[data-icp-restore-prompt="offer"]');
    await prompt.waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await promptFrame(page2)).locator('[data-icp-action="restore-all"]').textContent(), { timeout: 5_000 }).toBe('全部恢复');
    expect(await prompt.locator('[data-icp-draft-name]').textContent()).toBe('重启测试有限公司');
    await clickInPrompt(page2, '[data-icp-action="restore-all"]');
    await expect.poll(() => page2.locator('#orgName').inputValue(), { timeout: 10_000 }).toBe('重启测试有限公司');
    await page2.close();
  });

  it('shows a storage failure in the page instead of swallowing it', async () => {
    const b = env.browser;
    const page = await b.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html?broken=1`);
    const offer = (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]');
    await offer.waitFor({ timeout: 10_000 });
    // Another version takes the database over and drops the drafts table (a broken update or
    // a corrupted profile): the worker's connection is closed and cannot write any more.
    const ext = await b.openExtensionPage('popup.html');
    await ext.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const r = indexedDB.open('icp-filing-helper', 100_000);
          r.onupgradeneeded = () => {
            for (const name of Array.from(r.result.objectStoreNames)) r.result.deleteObjectStore(name);
          };
          r.onsuccess = () => {
            r.result.close();
            ok();
          };
          r.onerror = () => fail(r.error);
        }),
    );
    await ext.close();
    await page.locator('#orgInvestor').pressSequentially('王五', { delay: 5 });
    await page.locator('#orgInvestor').blur();
    const notice = (await promptFrame(page)).locator('[data-icp-drafts-notice="error"]');
    await notice.waitFor({ timeout: 15_000 });
    const text = await notice.textContent();
    expect(text).toMatch(/The draft could not be saved|草稿未能保存/);
    expect(text).toMatch(/storage failed|unavailable/i);
    // The notice joined the offer in the same frame; closing the offer keeps the notice.
    expect(await offer.count()).toBe(1);
    await clickInPrompt(page, '[data-icp-action="dismiss"]');
    await expect.poll(() => offer.count(), { timeout: 5_000 }).toBe(0);
    expect(await notice.count()).toBe(1);
    await page.close();
  });
});

describe('drafts: no edit lost, none replayed over a newer one', () => {
  const env = useRelaunchableBrowser('icp-drafts-wal-');

  it('keeps the last edit when the browser quits right after typing (within the save delay)', async () => {
    let browser = await env.launch();
    const page = await browser.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html`);
    await page.locator('#orgName').pressSequentially('退出测试有限公司', { delay: 5 });
    await page.locator('#orgName').blur();
    const ext = await browser.openExtensionPage('popup.html');
    await expect.poll(async () => (await storedDrafts(ext)).some((d) => d.fields['subject.name'] === '退出测试有限公司'), { timeout: 10_000 }).toBe(true);
    // Typed, and the browser quits before the 500 ms save delay is over.
    await page.locator('#orgInvestor').pressSequentially('最后一笔', { delay: 5 });
    await page.waitForTimeout(150);
    await env.quit();

    browser = await env.launch();
    const ext2 = await browser.openExtensionPage('popup.html');
    await expect
      .poll(async () => (await storedDrafts(ext2)).filter((d) => !d.deletedAt).map((d) => d.fields['subject.investor']), { timeout: 15_000 })
      .toEqual(['最后一笔']);
    // The write-ahead copy is gone once replayed (removed just after the draft is written).
    await expect.poll(async () => Object.keys(await readExtensionLocal(ext2)).filter((k) => k.startsWith('icp-wal:')), { timeout: 5_000 }).toEqual([]);
  });

  it('a copy left by a tab closed mid-save never overwrites a newer value, and makes no second draft', async () => {
    const b = env.browser;
    const ext = await b.openExtensionPage('popup.html');
    const a = await b.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html?tab=a`);
    await a.locator('#orgName').pressSequentially('重放测试有限公司', { delay: 5 });
    await a.locator('#orgRemark').pressSequentially('V1', { delay: 5 });
    await a.locator('#orgRemark').blur();
    await expect.poll(async () => (await storedDrafts(ext)).some((d) => d.fields['subject.remarks'] === 'V1'), { timeout: 10_000 }).toBe(true);
    // An edit still pending when its tab closes.
    await a.locator('#orgRemark').pressSequentially('-old', { delay: 5 });
    await a.close();

    // Later, in another tab of the same filing, the user types a newer value.
    const c = await b.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html?tab=c`);
    await c.locator('#orgName').pressSequentially('重放测试有限公司', { delay: 5 });
    await c.locator('#orgRemark').fill('');
    await c.locator('#orgRemark').pressSequentially('V2', { delay: 5 });
    await c.locator('#orgRemark').blur();
    await expect.poll(async () => (await storedDrafts(ext)).some((d) => !d.deletedAt && d.fields['subject.remarks'] === 'V2'), { timeout: 10_000 }).toBe(true);
    // Past the replay delays of the old and the new code, then another save wakes the replay.
    await c.waitForTimeout(7_000);
    await c.locator('#orgInvestor').pressSequentially('触发', { delay: 5 });
    await c.locator('#orgInvestor').blur();
    await c.waitForTimeout(2_000);
    const live = (await storedDrafts(ext)).filter((d) => !d.deletedAt && d.fields['subject.name'] === '重放测试有限公司');
    expect(live).toHaveLength(1);
    expect(live[0]!.fields['subject.remarks']).toBe('V2');
    await c.close();
  });
});
