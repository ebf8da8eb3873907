/**
 * Encrypted export (issue 12, item 7): from the popup (one draft) and the options page (all
 * drafts), the passphrase entered twice with a strength hint; the file holds no plain value and
 * imports back, with the passphrase, into the same draft.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { seedDraft } from './privacy-support';

const FIELDS = {
  'subject.name': '加密导出测试有限公司',
  'subject.principal.idNumber': '11010519491231002X',
  'subject.principal.mobile': '13800138000',
  'website.domains': ['encrypted-export.cn', 'www.encrypted-export.cn'],
};
const PASS = 'correct horse battery staple 备案';

describe('encrypted export (built extension, Chromium)', () => {
  let browser: ExtensionBrowser;
  let dir: string;
  let draftId = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icp-export-e2e-'));
    browser = await launchExtensionBrowser();
    const ext = await browser.openExtensionPage('options.html');
    draftId = await seedDraft(ext, {
      origin: 'https://beian.aliyun.com',
      url: 'https://beian.aliyun.com/subject',
      provider: 'aliyun',
      filingType: 'new',
      fields: FIELDS,
    });
    await ext.close();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openPopup(query = ''): Promise<Page> {
    const page = await browser.openExtensionPage(`popup.html${query}`);
    page.setDefaultTimeout(10_000);
    await page.waitForSelector('html[data-icp-drafts-ready="1"]', { state: 'attached', timeout: 15_000 });
    return page;
  }

  /** Types both passphrases, checking the hint and the refusals on the way; returns the saved file's text. */
  async function exportThroughDialog(page: Page, open: () => Promise<void>, file: string): Promise<string> {
    await open();
    const dialog = page.locator('dialog[data-icp-export-dialog]');
    await dialog.waitFor();
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    // Focus moved into the dialog.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-icp-passphrase'))).toBe(true);
    const confirm = dialog.locator('[data-icp-action="export-encrypted-confirm"]');
    await dialog.locator('[data-icp-passphrase]').fill('abc123');
    expect(await dialog.locator('[data-icp-passphrase-strength]').getAttribute('data-icp-passphrase-strength')).toBe('too-short');
    await dialog.locator('[data-icp-passphrase-repeat]').fill('abc123');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('[data-icp-passphrase]').fill('password');
    expect(await dialog.locator('[data-icp-passphrase-strength]').getAttribute('data-icp-passphrase-strength')).toBe('weak');
    await dialog.locator('[data-icp-passphrase]').fill(PASS);
    expect(await dialog.locator('[data-icp-passphrase-strength]').getAttribute('data-icp-passphrase-strength')).toBe('strong');
    // Repeated wrongly: said so, and no export.
    await dialog.locator('[data-icp-passphrase-repeat]').fill(`${PASS}!`);
    await dialog.locator('[data-icp-passphrase-mismatch]').waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('[data-icp-passphrase-repeat]').fill(PASS);
    expect(await dialog.locator('[data-icp-passphrase-mismatch]').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), confirm.click()]);
    await download.saveAs(file);
    await dialog.waitFor({ state: 'detached' });
    return readFileSync(file, 'utf8');
  }

  function expectEncrypted(text: string): void {
    const env = JSON.parse(text) as { format: string; kdf: { iterations: number } };
    expect(env.format).toBe('icp-filing-draft-encrypted');
    expect(env.kdf.iterations).toBeGreaterThanOrEqual(210_000);
    for (const v of ['加密导出测试有限公司', '11010519491231002X', '13800138000', 'encrypted-export.cn']) expect(text).not.toContain(v);
  }

  async function importWithPassphrase(page: Page, file: string): Promise<void> {
    await page.setInputFiles('[data-icp-import]', file);
    const pass = page.locator('#icp-import-pass');
    await pass.waitFor();
    await pass.fill(PASS);
    await pass.press('Enter');
  }

  it('popup: exports one draft encrypted, and imports it back with the passphrase as the same draft', async () => {
    const page = await openPopup(`?draft=${draftId}`);
    const row = page.locator(`[data-icp-draft-id="${draftId}"]`);
    const file = join(dir, 'one.encrypted.json');
    const text = await exportThroughDialog(page, () => row.locator('[data-icp-action="export-encrypted"]').click(), file);
    expectEncrypted(text);
    // Focus went back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-icp-action'))).toBe('export-encrypted');

    await importWithPassphrase(page, file);
    const ext = await browser.openExtensionPage('options.html');
    await expect.poll(async () => (await readStoredDrafts(ext)).length, { timeout: 10_000 }).toBe(2);
    const [original, copy] = (await readStoredDrafts(ext)).sort((a, b) => (a.id === draftId ? -1 : b.id === draftId ? 1 : 0));
    expect(copy!.id).not.toBe(draftId);
    expect(copy!.fields).toEqual(original!.fields);
    expect(copy!.fields).toEqual(FIELDS);
    await ext.close();
    await page.close();
  });

  it('options: exports all drafts encrypted; the bundle imports back with the passphrase', async () => {
    const options = await browser.openExtensionPage('options.html');
    const file = join(dir, 'all.encrypted.json');
    const text = await exportThroughDialog(options, () => options.click('[data-icp-action="export-all-encrypted"]'), file);
    expectEncrypted(text);
    const before = (await readStoredDrafts(options)).length;
    const popup = await openPopup();
    // A wrong passphrase imports nothing.
    await popup.setInputFiles('[data-icp-import]', file);
    await popup.locator('#icp-import-pass').fill('not the passphrase');
    await popup.locator('#icp-import-pass').press('Enter');
    await popup.waitForFunction(() => (document.querySelector('[data-icp-import-errors]')?.textContent ?? '').length > 0);
    expect((await readStoredDrafts(options)).length).toBe(before);
    await importWithPassphrase(popup, file);
    await expect.poll(async () => (await readStoredDrafts(options)).length, { timeout: 10_000 }).toBe(before * 2);
    const all = await readStoredDrafts(options);
    expect(all.filter((d) => JSON.stringify(d.fields) === JSON.stringify(FIELDS)).length).toBe(before * 2);
    await popup.close();
    await options.close();
  });
});
