/**
 * A hostile page on a host where the content script runs (test/fixtures/forms/generated/hostile.html)
 * cannot read drafts, cannot make the extension store or return anything by posting messages,
 * dispatching events or calling the runtime, and cannot inject markup through field values
 * rendered in the warnings or the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { dumpExtensionData, helperShadowContent, sendExtensionMessage, waitFor } from './privacy-support';

const HOSTILE_MARK = 'HOSTILE-PAYLOAD-7c1e';
/** A draft of another origin the page must never see. */
const PRIVATE_MARK = 'PrivateDraftMarker93';
const XSS = '<img src=x onerror="window.__pwned=1">';
const XSS_EMAIL = `${XSS}@x`;

interface HostileState {
  received: string[];
  posted: string[];
  attempts: { name: string; result: string; value: string }[];
  pwned: unknown;
}

const hostileState = (page: Page): Promise<HostileState> =>
  page.evaluate(() => {
    const w = window as unknown as { __received: string[]; __posted: string[]; __attempts: HostileState['attempts']; __pwned?: unknown };
    return { received: w.__received, posted: w.__posted, attempts: w.__attempts, pwned: w.__pwned };
  });

describe('a hostile filing page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let dumpBefore = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
    // A draft typed on another filing site: the hostile page must not get at it.
    const ext = await browser.openExtensionPage('options.html');
    // Imported (autosave answers only filing pages, for their own origin).
    const saved = await sendExtensionMessage(ext, 'drafts/import', {
      upload: 'seed-upload',
      part: 0,
      parts: 1,
      text: JSON.stringify({
        format: 'icp-filing-draft',
        version: 1,
        filingType: 'new',
        origin: 'https://beian.aliyun.com',
        provider: 'aliyun',
        fields: { 'subject.name': `${PRIVATE_MARK} 有限公司`, 'subject.principal.mobile': '13800138000' },
      }),
    });
    expect(saved?.ok && (saved.value as { ok?: boolean } | undefined)?.ok, `seeding a draft failed: ${saved?.error ?? 'no reply'}`).toBe(true);
    dumpBefore = (await dumpExtensionData(ext)).json;
    await ext.close();

    page = await browser.openWithContentScript(`${server.url}/generated/hostile.html`);
    await page.waitForTimeout(300);
    // Again now that the helper listens, with the real extension id in hand.
    await page.evaluate((id) => (window as unknown as { __attack(id: string): void }).__attack(id), browser.extensionId);
    // Markup typed as field values.
    for (const [key, value] of [
      ['subject.name', XSS],
      ['subject.mailingAddress', XSS],
      ['website.name', XSS],
      ['subject.principal.email', XSS_EMAIL],
      ['website.domains', `${XSS}.com`],
      ['subject.principal.mobile', XSS],
      ['subject.principal.idNumber', XSS],
    ] as const) {
      const el = page.locator(`[data-expected-key="${key}"]`);
      await el.click();
      await el.fill(value);
      await el.press('Tab');
    }
    await page.waitForTimeout(1500);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cannot reach the extension runtime', async () => {
    const s = await hostileState(page);
    const typeofRuntime = s.attempts.filter((a) => a.name === 'typeof chrome.runtime');
    expect(typeofRuntime.length).toBeGreaterThan(0);
    for (const a of typeofRuntime) expect(a.value).toBe('"undefined"');
    for (const a of s.attempts.filter((x) => /sendMessage|connect/.test(x.name))) {
      expect(a.result, `${a.name} ${a.value}`).not.toBe('resolved');
      expect(a.result, `${a.name} ${a.value}`).not.toBe('returned');
    }
  });

  it('does not see the extension database from the page', async () => {
    const s = await hostileState(page);
    const dbs = s.attempts.filter((a) => a.name === 'indexedDB.databases' && a.result === 'resolved');
    expect(dbs.length).toBeGreaterThan(0);
    for (const a of dbs) expect(a.value).not.toContain('icp-filing-helper');
  });

  it('gets nothing back: no window message other than its own carries data', async () => {
    const s = await hostileState(page);
    const own = new Set(s.posted);
    const foreign = s.received.filter((m) => !own.has(m));
    // WXT's content-script context announces each new instance on `window` (to retire an old
    // instance after an update): {type: "<extension id>:content:wxt:content-script-started",
    // contentScriptName, messageId}. It reveals the extension id, nothing typed. Anything else fails.
    const wxtSignal = (m: string): boolean => {
      try {
        const v = JSON.parse(m) as Record<string, unknown>;
        return (
          Object.keys(v).sort().join() === 'contentScriptName,messageId,type' &&
          v.type === `${browser.extensionId}:content:wxt:content-script-started`
        );
      } catch {
        return false;
      }
    };
    expect(foreign.filter((m) => !wxtSignal(m))).toEqual([]);
  });

  it('never sees another origin’s draft anywhere in the page', async () => {
    const everything = await page.evaluate(() => {
      const parts = [document.documentElement.outerHTML, JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) {
            parts.push(el.shadowRoot.innerHTML);
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      return parts.join('\n');
    });
    expect(everything).not.toContain(PRIVATE_MARK);
  });

  it('cannot make the extension store its posted payloads', async () => {
    const ext = await browser.openExtensionPage('options.html');
    const dump = await dumpExtensionData(ext);
    await ext.close();
    expect(dumpBefore).not.toContain(HOSTILE_MARK);
    expect(dump.json).not.toContain(HOSTILE_MARK);
    // The seeded draft is untouched by the page's "delete / restore everything" attempts.
    expect(dump.json).toContain(PRIVATE_MARK);
  });

  it('renders markup typed into fields as text in the inline warnings', async () => {
    const shadow = await waitFor(async () => {
      const c = await helperShadowContent(page);
      return c.html.includes('data-icp-rule') ? c : undefined;
    }, 8000, 'an inline warning on the hostile page');
    // Warnings are shown (the email and ID number are wrong) but no element came from the values.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const host of Array.from(root.querySelectorAll('[data-icp-helper]'))) {
          const sr = host.shadowRoot;
          if (!sr) continue;
          for (const el of Array.from(sr.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload], [onclick]'))) found.push(el.outerHTML);
          visit(sr);
        }
      };
      visit(document);
      return found;
    });
    expect(injected).toEqual([]);
    // The email warning quotes the value: literally, as text.
    const emailWarning = await waitFor(
      () =>
        page.evaluate(() => {
          const visit = (root: Document | ShadowRoot): string | undefined => {
            for (const host of Array.from(root.querySelectorAll('[data-icp-helper]'))) {
              const sr = host.shadowRoot;
              if (!sr) continue;
              const w = sr.querySelector('[data-icp-rule][data-icp-field="subject.principal.email"]');
              if (w) return w.textContent ?? '';
              const inner = visit(sr);
              if (inner !== undefined) return inner;
            }
            return undefined;
          };
          return visit(document);
        }),
      8000,
      'the warning on subject.principal.email',
    );
    expect(emailWarning).toContain(XSS);
    expect(shadow.hosts).toBeGreaterThan(0);
  });

  it('renders markup from a draft as text in the popup', async () => {
    const ext = await browser.openExtensionPage('options.html');
    const dump = await waitFor(async () => {
      const d = await dumpExtensionData(ext);
      return d.json.includes('onerror') ? d : undefined;
    }, 10_000, 'the autosaved draft with the markup values');
    await ext.close();
    const draftId = /"id":"([^"]+)"[^{}]*"origin":"http:\/\/127\.0\.0\.1/.exec(dump.json)?.[1] ?? /"origin":"http:\/\/127\.0\.0\.1[^{}]*"id":"([^"]+)"/.exec(dump.json)?.[1];
    const popup = await browser.openExtensionPage(`popup.html${draftId ? `?draft=${encodeURIComponent(draftId)}` : ''}`);
    await popup.waitForTimeout(1500);
    const state = await popup.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: Array.from(document.querySelectorAll('img[src="x"], [onerror]')).map((e) => e.outerHTML),
      text: document.body.innerText,
    }));
    await popup.close();
    expect(state.pwned).toBeUndefined();
    expect(state.injected).toEqual([]);
    expect(state.text, 'the popup did not show the draft with the markup values').toContain('<img');
  });

  it('keeps working after the page throws adversarial DOM at it', async () => {
    await page.evaluate(() => {
      const root = document.createElement('div');
      root.id = 'adversarial';
      let deep: HTMLElement = root;
      for (let i = 0; i < 500; i++) {
        const d = document.createElement(i % 2 ? 'section' : 'div');
        deep.appendChild(d);
        deep = d;
      }
      deep.innerHTML = '<h3>主办单位负责人信息</h3><label for="dup">联系方式1</label><input id="dup" value="123">';
      const rows: string[] = [];
      for (let i = 0; i < 2000; i++) rows.push(`<label for="dup">电子邮件地址</label><input id="dup" value="x${i}"><label for="nowhere${i}">网站名称</label>`);
      root.insertAdjacentHTML('beforeend', `<h3>网站负责人信息</h3>${rows.join('')}<h3>\u202E\u200B𠮷</h3>`);
      document.body.appendChild(root);
      // Removed again while the helper is (probably) still scanning it.
      setTimeout(() => root.remove(), 30);
    });
    await page.waitForTimeout(1500);
    const email = page.locator('[data-expected-key="subject.principal.email"]');
    await email.click();
    await email.fill('still@@broken');
    await email.press('Tab');
    const text = await waitFor(
      async () => {
        const c = await helperShadowContent(page);
        return c.text.includes('still@@broken') ? c.text : undefined;
      },
      10_000,
      'a warning quoting the newly typed value after the adversarial DOM',
    );
    expect(text).toContain('still@@broken');
  });
});
