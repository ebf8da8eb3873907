/**
 * A page's first save picks its draft by the identifying values it holds. A pause while the user
 * types the subject name after a reload (the soak hit it on a loaded machine) must not send half a
 * name: it matched no filing, a second draft of the same filing was started and later edits went
 * there (drafts-soak: 6 losses).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
it('a pause while typing the subject name after a reload keeps the filing in one draft', { timeout: 90_000 }, async () => {
  const ext = await browser.openExtensionPage('popup.html');
  const name = '浸泡测试甲有限公司';
  const p: Page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
  await p.locator('#orgName').pressSequentially(name, { delay: 2 });
  await p.locator('#orgInvestor').pressSequentially('first-value', { delay: 2 });
  await p.locator('#orgInvestor').blur();
  await p.waitForTimeout(1500);
  await p.reload();
  await p.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
  await p.locator('#orgName').pressSequentially(name.slice(0, 3), { delay: 2 });
  await p.waitForTimeout(900);
  await p.locator('#orgName').pressSequentially(name.slice(3), { delay: 2 });
  await p.locator('#orgRemark').pressSequentially('second-value', { delay: 2 });
  await p.locator('#orgRemark').blur();
  await p.waitForTimeout(2000);
  const live = (await readStoredDrafts<{ id: string; fields: Record<string, unknown>; deletedAt?: string }>(ext)).filter((d) => !d.deletedAt);
  const same = live.filter((d) => d.fields['subject.name'] === name);
  expect(same.length).toBe(1);
  expect(same[0]!.fields).toMatchObject({ 'subject.investor': 'first-value', 'subject.remarks': 'second-value' });
});
