/**
 * One-click undo of a restore (issue 14, restore prompt): after "Restore all" the result offers
 * "Undo", which puts back what the page held before — empty text fields empty again, the value
 * the user typed back — and fails (and lists) a select it cannot empty rather than guess. The
 * undo's writes do not take the user's typed value out of the draft.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForContentScript } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { clickInPrompt, promptFrame } from '../support/restore-prompt';
import { useSeededSubjectPage } from '../support/use-extension-browser';

const FIELDS = {
  'subject.name': '撤销测试有限公司',
  'subject.certAddress': '天津市南开区示例路1号',
  'subject.investor': '张三',
  'subject.remarks': '无',
  'subject.principal.name': '张三',
  'subject.principal.idType': '护照',
  'subject.principal.idNumber': '11010519491231002X',
  'subject.principal.email': 'undo@example.com',
};
const TYPED = '李四';

/** Every text input, textarea and select of the form, by id (what the page shows). */
const formValues = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('form input, form textarea, form select')].map((el) => [el.id || el.name, el.value])));

describe('undo of a restore from the prompt', () => {
  const env = useSeededSubjectPage(FIELDS);

  it('puts back what the page showed before a restore and an overwrite; the typed value is saved again, the draft not emptied', async () => {
    const { page, browser, draftId } = env;
    await page.reload();
    await waitForContentScript(page);
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]').waitFor({ timeout: 10_000 });
    // The user types one value before restoring (a conflict with the draft's).
    await page.locator('#orgInvestor').pressSequentially(TYPED);
    await page.locator('#orgInvestor').blur();
    const before = await formValues(page);
    expect(before.orgInvestor).toBe(TYPED);
    expect(before.orgName).toBe('');

    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    const frame = await promptFrame(page);
    await frame.locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#orgName').inputValue()).toBe(FIELDS['subject.name']);
    expect(await page.locator('#leaderCertType').inputValue()).toBe('2');
    expect(await page.locator('#orgInvestor').inputValue()).toBe(TYPED);
    // Then the user overwrites the typed value with the draft's: undo must bring it back too.
    await clickInPrompt(page, '[data-icp-action="overwrite"]');
    await expect.poll(() => page.locator('#orgInvestor').inputValue(), { timeout: 15_000 }).toBe(FIELDS['subject.investor']);
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 15_000 });

    await clickInPrompt(page, '[data-icp-action="undo-restore"]');
    const undone = (await promptFrame(page)).locator('[data-icp-restore-prompt="result"]');
    await expect.poll(async () => (await undone.textContent()) ?? '', { timeout: 15_000 }).toMatch(/Restore undone/);
    const after = await formValues(page);
    // The select cannot be emptied safely: it keeps the restored choice, and the result says so.
    expect(after.leaderCertType).toBe('2');
    expect({ ...after, leaderCertType: before.leaderCertType }).toEqual(before);
    expect(await (await promptFrame(page)).locator('[data-icp-not-restored="subject.principal.idType"]').textContent()).toMatch(/could not be undone|cannot empty/);
    expect(await (await promptFrame(page)).locator('[data-icp-action="undo-restore"]').count()).toBe(0);

    // The typed value the undo put back is saved again; the fields it emptied do not clear the draft.
    const ext = await browser.openExtensionPage('options.html');
    await expect.poll(async () => (await readStoredDrafts(ext)).find((d) => d.id === draftId)?.fields['subject.investor'], { timeout: 10_000 }).toBe(TYPED);
    const draft = (await readStoredDrafts(ext)).find((d) => d.id === draftId);
    expect(draft?.fields['subject.name']).toBe(FIELDS['subject.name']);
    expect(draft?.fields['subject.remarks']).toBe(FIELDS['subject.remarks']);
    await ext.close();
  });
});
