/**
 * Hostile DOM (issue 12, item 6): a page that pre-defines the helper's host tag with shadow roots
 * disabled, patches `attachShadow`, and defines every new custom tag it sees, still gets its
 * warnings (in an open shadow root of a `data-icp-helper` host whose tag it could not predict),
 * with no error loop; a page that swallows input/change/focusout at the window in the capture
 * phase still gets its edits autosaved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, waitForContentScript, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { dumpExtensionData, waitFor } from './privacy-support';
import { retype, waitForWarning } from './warnings-helpers';
import { promptFrame } from '../support/restore-prompt';

/** Runs in the page's world before any of its scripts (and before the content script). */
function trapHostTags(): void {
  const w = window as unknown as { __defined: string[]; __trapErrors: string[] };
  w.__defined = [];
  w.__trapErrors = [];
  const trap = (tag: string) =>
    class extends HTMLElement {
      static disabledFeatures = ['shadow'];
      constructor() {
        super();
        // Takes the shadow root first where it can (the element is being created or upgraded).
        try {
          this.attachShadow({ mode: 'closed' });
        } catch (e) {
          w.__trapErrors.push(`${tag}: ${String(e)}`);
        }
      }
    };
  customElements.define('icp-filing-helper', trap('icp-filing-helper'));
  Element.prototype.attachShadow = function () {
    throw new DOMException('shadow roots are disabled here', 'NotSupportedError');
  };
  // Whatever custom tag appears, define it at once.
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of Array.from(r.addedNodes)) {
        const tag = (n as Element).localName ?? '';
        if (tag.includes('-') && !customElements.get(tag)) {
          w.__defined.push(tag);
          customElements.define(tag, trap(tag));
        }
      }
  }).observe(document, { childList: true, subtree: true });
}

function swallowFieldEvents(): void {
  for (const type of ['input', 'change', 'focusout']) window.addEventListener(type, (e) => e.stopImmediatePropagation(), true);
}

describe('a page with a hostile DOM', () => {
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

  async function openWith(init: () => void, path: string): Promise<{ page: Page; console: string[] }> {
    const page = await browser.context.newPage();
    const lines: string[] = [];
    page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => lines.push(`pageerror: ${String(e)}`));
    await page.addInitScript(init);
    await page.goto(`${server.url}${path}`);
    await waitForContentScript(page);
    return { page, console: lines };
  }

  const hostTag = (page: Page) => page.evaluate(() => document.querySelector('[data-icp-helper="warnings"]')?.localName ?? '');

  it('shows warnings under a host tag the page could not pre-define, without an error loop', async () => {
    const { page, console } = await openWith(trapHostTags, '/aliyun-2019/subject.html');
    for (const value of ['bad@@one', 'bad@@two', 'bad@@three']) {
      await retype(page, '#leaderEmail', value);
      await page.keyboard.press('Tab');
    }
    await waitForWarning(page, 'email', 'subject.principal.email', true, 8000);
    const tag = await hostTag(page);
    expect(tag).toMatch(/^h-[0-9a-f]{12}$/);
    // The page saw the tag only once the host was in the document: defining it then is too late.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __defined: string[] }).__defined), { timeout: 3000 }).toContain(tag);
    // The warning still reads the latest value (the helper kept working after the upgrade).
    await retype(page, '#leaderEmail', 'bad@@four');
    await page.keyboard.press('Tab');
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.querySelector('[data-icp-helper="warnings"]')?.shadowRoot?.querySelector('[data-icp-field="subject.principal.email"]')?.textContent ?? '',
          ),
        { timeout: 8000 },
      )
      .toContain('bad@@four');
    // No loop of uncaught errors from the helper: at most one line of its own.
    const ours = console.filter((l) => /icp-helper|attachShadow|shadow root/i.test(l));
    expect(ours.length, ours.join('\n')).toBeLessThanOrEqual(1);
    // A new page session picks another tag.
    await page.reload();
    await waitForContentScript(page);
    await retype(page, '#leaderEmail', 'bad@@five');
    await page.keyboard.press('Tab');
    await waitForWarning(page, 'email', 'subject.principal.email', true, 8000);
    const again = await hostTag(page);
    expect(again).toMatch(/^h-[0-9a-f]{12}$/);
    expect(again).not.toBe(tag);
    await page.close();
  });

  it('autosaves edits on a page that stops input/change/focusout at the window', async () => {
    const { page } = await openWith(swallowFieldEvents, '/aliyun-2019/subject.html');
    // The page really swallows them: its own document listener never hears the input.
    await page.evaluate(() => {
      (window as unknown as { __heard: number }).__heard = 0;
      document.addEventListener('input', () => (window as unknown as { __heard: number }).__heard++, true);
    });
    const value = '吞事件测试有限公司';
    await page.locator('#orgName').click();
    await page.locator('#orgName').pressSequentially(value, { delay: 5 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (window as unknown as { __heard: number }).__heard)).toBe(0);
    const ext = await browser.openExtensionPage('options.html');
    const dump = await waitFor(async () => {
      const d = await dumpExtensionData(ext);
      return d.json.includes(value) ? d : undefined;
    }, 10_000, 'the draft holding the value typed on the swallowing page');
    expect(dump.json).toContain(value);
    await ext.close();
    // Typing it never heard: the user is told once, in the page's language setting (en).
    const notice = (await promptFrame(page)).locator('[data-icp-drafts-notice="unseen-input"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/hides your typing from the helper[\s\S]*only save a field when you leave it|不让助手看到输入过程[\s\S]*离开每个输入框时/);
    await notice.locator('[data-icp-action="close-notice"]').click();
    // The prompt frame may stay for a restore offer; the notice must be gone.
    const unseenShown = async (): Promise<number> => {
      let n = 0;
      for (const f of page.frames()) {
        if (!f.isDetached() && f.url().includes('/restore-prompt.html')) n += await f.locator('[data-icp-drafts-notice="unseen-input"]').count().catch(() => 0);
      }
      return n;
    };
    await expect.poll(unseenShown, { timeout: 5_000 }).toBe(0);
    // Once: the next unheard field says nothing again.
    await page.locator('#orgInvestor').click();
    await page.locator('#orgInvestor').pressSequentially('吞', { delay: 5 });
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1_000);
    expect(await unseenShown()).toBe(0);
    await page.close();
  });
});
