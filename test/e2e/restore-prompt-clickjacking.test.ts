/**
 * Clickjacking the restore prompt (issue 12, item 4): the prompt's host holds it in a closed
 * shadow root; the prompt names where it fills; a click while the page has made it transparent
 * or drawn a decoy over it restores nothing; a draft saved on another path of the origin needs
 * an explicit second confirmation naming both paths. Chromium (IntersectionObserver v2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { clickInPrompt, promptFrame } from '../support/restore-prompt';
import { seedDraft } from './privacy-support';

const NAME = '点击劫持测试有限公司';

describe('the restore prompt on a page that tries to clickjack it', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  /** A fresh profile holding one draft of the fixture origin, saved on `path`. */
  async function withDraftSavedOn(path: string): Promise<Page> {
    await browser?.close();
    browser = await launchExtensionBrowser();
    const ext = await browser.openExtensionPage('options.html');
    await seedDraft(ext, {
      origin: new URL(server.url).origin,
      url: `${server.url}${path}`,
      provider: 'other',
      filingType: 'new',
      fields: { 'subject.name': NAME, 'subject.investor': '张三' },
    });
    await ext.close();
    const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
    await (await promptFrame(page)).locator('[data-icp-restore-prompt="offer"]').waitFor({ timeout: 10_000 });
    return page;
  }

  afterAll(async () => {
    await browser?.close();
  });

  /** The prompt as a user sees it, ready to act on a click (clickInPrompt waits the same way). */
  const readyForClicks = async (page: Page): Promise<void> => {
    const frame = await promptFrame(page);
    await frame.locator('[data-icp-action="restore-all"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.icpVisibility ?? 'none'), { timeout: 5000 }).not.toBe('hidden');
    await page.waitForTimeout(200);
  };
  const orgName = (page: Page) => page.locator('#orgName').inputValue();
  const host = '[data-icp-helper="drafts"]';

  it('keeps the frame in a closed shadow root and says where it fills', async () => {
    const page = await withDraftSavedOn('/aliyun-2019/subject.html');
    const seen = await page.evaluate((sel) => {
      const h = document.querySelector(sel)!;
      return { shadowRoot: h.shadowRoot === null ? null : 'open', tag: h.localName, frames: document.querySelectorAll('iframe').length };
    }, host);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.tag).not.toBe('div');
    expect(seen.frames).toBe(0);
    const target = await (await promptFrame(page)).locator('[data-icp-restore-target]').textContent();
    expect(target).toContain(`${new URL(server.url).origin}/aliyun-2019/subject.html`);
  });

  it('ignores a click while the page has made the prompt transparent, and restores once it is visible', async () => {
    const page = await withDraftSavedOn('/aliyun-2019/subject.html');
    const frame = await promptFrame(page);
    await readyForClicks(page);
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).style.setProperty('opacity', '0', 'important'), host);
    // The browser reports visibility changes at most every 100 ms.
    await page.waitForTimeout(700);
    await frame.locator('[data-icp-action="restore-all"]').click();
    await page.waitForTimeout(700);
    expect(await orgName(page)).toBe('');
    expect(await frame.locator('[data-icp-restore-refused]').count()).toBe(1);
    expect(await frame.locator('[data-icp-restore-prompt="offer"]').count()).toBe(1);
    // Visible again: the same click restores.
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).style.removeProperty('opacity'), host);
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    await frame.locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 10_000 });
    expect(await orgName(page)).toBe(NAME);
  });

  it('ignores a click through a decoy the page draws over the prompt', async () => {
    const page = await withDraftSavedOn('/aliyun-2019/subject.html');
    const frame = await promptFrame(page);
    await readyForClicks(page);
    // A look-alike "continue" panel over the prompt, in the top layer above it, letting clicks through.
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.popover = 'manual';
      decoy.textContent = '继续 / Continue';
      decoy.style.cssText = 'position:fixed;inset:auto 0 0 auto;width:100vw;height:100vh;margin:0;border:0;background:#fff;pointer-events:none';
      document.body.append(decoy);
      decoy.showPopover();
    });
    await page.waitForTimeout(700);
    await frame.locator('[data-icp-action="restore-all"]').click();
    await page.waitForTimeout(700);
    expect(await orgName(page)).toBe('');
    expect(await frame.locator('[data-icp-restore-refused]').count()).toBe(1);
  });

  it('never restores a draft of another path with a single click: the question names both paths', async () => {
    const page = await withDraftSavedOn('/aliyun-2019/website.html');
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    const frame = await promptFrame(page);
    const question = frame.locator('[data-icp-restore-prompt="confirm"] [data-icp-confirm-question]');
    await question.waitFor({ timeout: 5000 });
    const text = (await question.textContent()) ?? '';
    expect(text).toContain('/aliyun-2019/website.html');
    expect(text).toContain('/aliyun-2019/subject.html');
    await page.waitForTimeout(500);
    expect(await orgName(page)).toBe('');
    // Cancel goes back to the offer; confirming restores.
    await clickInPrompt(page, '[data-icp-action="cancel-restore"]');
    await frame.locator('[data-icp-restore-prompt="offer"]').waitFor({ timeout: 5000 });
    expect(await orgName(page)).toBe('');
    await clickInPrompt(page, '[data-icp-action="restore-all"]');
    await clickInPrompt(page, '[data-icp-action="confirm-restore"]');
    await frame.locator('[data-icp-restore-prompt="result"]').waitFor({ timeout: 10_000 });
    expect(await orgName(page)).toBe(NAME);
  });
});
