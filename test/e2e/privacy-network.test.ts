/**
 * The extension makes no network requests. Every request of the browser context is recorded
 * (pages, extension pages, content scripts — they share their page's renderer — and the
 * service worker) while the product is exercised on a sample form; the only requests allowed
 * are chrome-extension:// URLs and the fixture page's own document and the resources its HTML
 * references. A positive control proves the recorder sees worker and page requests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/build-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';
import { dumpExtensionData, waitFor } from './privacy-support';

interface Recorded {
  url: string;
  type: string;
  from: string;
}

const FORMS = ['aliyun-2019/subject.html', 'generated/form-300.html'];

/** Paths the fixture page itself loads: its URL and every src/href in its HTML. */
function ownResources(formPath: string): Set<string> {
  const html = readFileSync(join(REPO_ROOT, 'test/fixtures/forms', formPath), 'utf8');
  const base = new URL(`http://x/${formPath}`);
  const paths = new Set<string>([base.pathname, '/favicon.ico']);
  for (const m of html.matchAll(/\s(?:src|href)\s*=\s*["']([^"'#]+)["']/g)) paths.add(new URL(m[1]!, base).pathname);
  return paths;
}

describe('no network requests by the extension', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const requests: Recorded[] = [];
  const serverHits: string[] = [];
  const controls: Recorded[] = [];
  let draftSaved = false;
  let warningsSeen = 0;

  const record = (r: Request): void => {
    const sw = r.serviceWorker();
    const from = sw ? `worker ${sw.url()}` : (() => {
      try {
        return `page ${r.frame().url()}`;
      } catch {
        return 'page ?';
      }
    })();
    requests.push({ url: r.url(), type: r.resourceType(), from });
  };

  beforeAll(async () => {
    writeLargeForms();
    server = await startFixtureServer();
    server.server.prependListener('request', (req) => serverHits.push(req.url ?? ''));
    browser = await launchExtensionBrowser();
    browser.context.on('request', record);
    const sw = await browser.serviceWorker();

    // Positive controls: the recorder must see a worker request and an extension-page request.
    await sw.evaluate(async (u) => {
      await fetch(`${u}/__control-from-worker`).catch(() => undefined);
    }, server.url);
    const control = await browser.openExtensionPage('options.html');
    await control.evaluate(async (u) => {
      await fetch(`${u}/__control-from-page`).catch(() => undefined);
    }, server.url);
    await control.close();
    await new Promise((ok) => setTimeout(ok, 300));
    controls.push(...requests);
    requests.length = 0;
    serverHits.length = 0;

    // Exercise the product: type good and bad values, let warnings and autosave run.
    for (const form of FORMS) {
      const page = await browser.openWithContentScript(`${server.url}/${form}`);
      await page.waitForTimeout(300);
      const typeInto = async (key: string, value: string) => {
        const el = page.locator(`input[data-expected-key="${key}"]`).first();
        if ((await el.count()) === 0 || !(await el.isEditable())) return;
        await el.click();
        await el.fill('');
        await el.pressSequentially(value, { delay: 5 });
        await el.press('Tab');
      };
      await typeInto('subject.name', '网络测试科技有限公司');
      await typeInto('subject.principal.mobile', '1380013800');
      await typeInto('subject.principal.email', 'bad@@example');
      await typeInto('subject.principal.idNumber', '110105194912310021');
      await typeInto('website.domains', 'example.invalid-suffix');
      await page.waitForTimeout(1500);
      warningsSeen += await page.evaluate(() => {
        let n = 0;
        for (const h of Array.from(document.querySelectorAll('[data-icp-helper]'))) n += h.shadowRoot?.querySelectorAll('[data-icp-rule]').length ?? 0;
        return n;
      });
      await page.close();
    }
    const ext = await browser.openExtensionPage('options.html');
    draftSaved = await waitFor(async () => (await dumpExtensionData(ext)).json.includes('网络测试科技有限公司'), 10_000, 'the autosaved draft').catch(() => false);
    await ext.close();
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForTimeout(1500);
    await popup.close();
    const options = await browser.openExtensionPage('options.html');
    await options.waitForTimeout(1000);
    await options.close();
    // Give any delayed request (timers, alarms at start-up) a chance to show.
    await new Promise((ok) => setTimeout(ok, 2000));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has a recorder that sees requests of the service worker and of extension pages', () => {
    expect(controls.some((r) => r.url.endsWith('/__control-from-worker') && r.from.startsWith('worker '))).toBe(true);
    expect(controls.some((r) => r.url.endsWith('/__control-from-page'))).toBe(true);
  });

  it('exercised the product (warnings shown, draft autosaved)', () => {
    expect(warningsSeen, 'no inline warning was shown on the sample forms').toBeGreaterThan(0);
    expect(draftSaved, 'the typed values were never autosaved').toBe(true);
  });

  it('makes no request other than extension URLs and the page’s own resources', () => {
    const allowedPaths = new Set(FORMS.flatMap((f) => [...ownResources(f)]));
    const fixtureOrigin = new URL(server.url).origin;
    const offending = requests.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return false;
      if (u.origin === fixtureOrigin && r.from.startsWith('page ') && ['document', 'script', 'stylesheet', 'image', 'font'].includes(r.type)) {
        return !allowedPaths.has(u.pathname);
      }
      return true;
    });
    expect(offending).toEqual([]);
    // The fixture server saw nothing else either (requests the browser might not report).
    expect(serverHits.filter((p) => !allowedPaths.has(new URL(p, 'http://x').pathname))).toEqual([]);
  });
});
