/**
 * The restore prompt as people use it (issue 14, "Restore prompt"): it takes focus like a dialog
 * and Escape closes it; field names instead of keys; dates that cannot be misread; "Restore
 * selected" in view; every key not restored listed with a plain reason; axe-core finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { waitForContentScript } from '../support/browser';
import { axeViolations } from '../support/axe';
import { clickInPrompt, promptFrame, promptFrameCount } from '../support/restore-prompt';
import { useSeededSubjectPage } from '../support/use-extension-browser';

/** A canonical key anywhere in the text (what the prompt must never show). */
const RAW_KEY = /\b(?:subject|website)(?:\[\d+\])?\.[a-zA-Z]/;

const FIELDS = {
  'subject.name': '界面测试有限公司',
  'subject.certNumber': '91120104MA06ABCD1M',
  'subject.certAddress': '天津市南开区示例路1号',
  'subject.investor': '张三',
  'subject.remarks': '无',
  'subject.principal.name': '张三',
  'subject.principal.idNumber': '11010519491231002X',
  'subject.principal.mobile': '13800138000',
  'subject.principal.emergencyPhone': '13900139000',
  'subject.principal.email': 'ui@example.com',
  // Not on this page, and an option the page does not offer.
  'website.name': '示例网站',
  'subject.nature': '不存在的性质',
};

describe('the restore prompt for keyboard, screen reader and reading', () => {
  // A small window: the prompt must still show its buttons.
  const env = useSeededSubjectPage(FIELDS, { width: 900, height: 520 });

  it('takes focus like a dialog when it appears, and reads dates unambiguously', async () => {
    const { page } = env;
    const frame = await promptFrame(page);
    const offer = frame.locator('[data-icp-restore-prompt="offer"]');
    await offer.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => frame.evaluate(() => document.hasFocus() && !!document.activeElement?.closest('[data-icp-restore-prompt]')), { timeout: 5000 })
      .toBe(true);
    const text = (await offer.textContent()) ?? '';
    // e.g. "updated 1 Dec 2026, 09:30" (never 01/12/2026).
    expect(text).toMatch(/\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    expect(text).not.toMatch(/\d+\/\d+\/\d+/);
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('lists the fields by name, never by key, with "Restore selected" in view', async () => {
    const { page } = env;
    await clickInPrompt(page, '[data-icp-action="pick-fields"]');
    const frame = await promptFrame(page);
    const list = frame.locator('[data-icp-field-choices]');
    await list.waitFor();
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Subject name');
    expect(text).toContain('Subject principal ID number');
    expect(text).not.toMatch(RAW_KEY);
    // The button is inside the frame's viewport, and the frame inside the page's.
    await clickInPrompt(page, '[data-icp-field-key="subject.investor"]', 'check');
    const button = frame.locator('[data-icp-action="restore-selected"]');
    const inFrame = await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
    });
    expect(inFrame).toBe(true);
    const owner = await frame.frameElement();
    expect(await owner.evaluate((f: Element) => f.getBoundingClientRect().bottom <= innerHeight && f.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await axeViolations(frame)).toEqual([]);
    await clickInPrompt(page, '[data-icp-action="pick-fields"]');
  });

  it('lists every key it did not restore with a plain reason', async () => {
    const { page } = env;
    // Typed on the page after the draft was saved: kept, and listed as a conflict.
    await page.locator('#leaderMobile').fill('13911112222');
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    const frame = await promptFrame(page);
    const result = frame.locator('[data-icp-restore-prompt="result"]');
    await result.waitFor({ timeout: 15_000 });
    const text = (await result.textContent()) ?? '';
    expect(text).not.toMatch(RAW_KEY);
    const restored = Number(/Restored (\d+)/.exec(text)?.[1] ?? NaN);
    const notRestored = await frame.locator('[data-icp-not-restored]').evaluateAll((els) => els.map((e) => e.getAttribute('data-icp-not-restored')!));
    const conflicts = await frame.locator('[data-icp-conflict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-icp-conflict')!));
    expect(conflicts).toEqual(['subject.principal.mobile']);
    expect(notRestored).toContain('website.name');
    expect(notRestored).toContain('subject.nature');
    // Every key of the draft is accounted for: restored, or listed with its reason.
    expect(restored + notRestored.length + conflicts.length).toBe(Object.keys(FIELDS).length);
    expect(await frame.locator('[data-icp-not-restored="website.name"]').textContent()).toBe('Website name: this page has no such field');
    expect(await page.locator('#orgName').inputValue()).toBe(FIELDS['subject.name']);
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('closes on Escape and gives focus back to the page', async () => {
    const { page } = env;
    const frame = await promptFrame(page);
    await frame.locator('[data-icp-restore-prompt="result"] .title').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => promptFrameCount(page), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-icp-helper]'))).toBe(false);
  });

  it('leaves the focus in a field the user is already in', async () => {
    const { browser, server } = env;
    const other = await browser.context.newPage();
    // The user is in the name field before the prompt appears.
    await other.addInitScript(() => addEventListener('DOMContentLoaded', () => document.getElementById('orgName')?.focus()));
    await other.goto(`${server.url}/aliyun-2019/subject.html`);
    await waitForContentScript(other);
    const frame = await promptFrame(other);
    await frame.locator('[data-icp-restore-prompt="offer"]').waitFor({ timeout: 10_000 });
    await other.waitForTimeout(300);
    expect(await other.evaluate(() => document.activeElement?.id)).toBe('orgName');
    await other.close();
  });
});
