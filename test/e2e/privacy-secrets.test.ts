/**
 * Secrets (image captcha 验证码, SMS code 手机验证码, ICP filing password ICP备案密码) never reach
 * the extension's storage, its messages or any console. Marker values are typed into every
 * secret input of the sample forms, next to a non-secret control value that MUST be stored
 * (proving autosave ran and the dump sees what it stores).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/build-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';
import { dumpExtensionData, recordConsole, recordWorkerMessages, waitFor, workerMessages } from './privacy-support';

const SECRET = {
  captcha: 'Qz7CAPTCHAx9',
  smsCode: '735190',
  icpPassword: 'IcpPw!secret-4417',
} as const;
const CONTROL = 'NonSecretControlName';

const FORMS = ['aliyun-2019/start.html', 'aliyun-2019/subject.html', 'aliyun-2019/website.html', 'aliyun-2019/transfer.html', 'generated/form-300.html'];

describe('secrets never reach storage, messages or logs', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let consoleRec: { lines: string[] };
  const typedSecrets = new Set<string>();
  let controlForms = 0;

  beforeAll(async () => {
    writeLargeForms();
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
    const sw = await browser.serviceWorker();
    await recordWorkerMessages(sw);
    consoleRec = recordConsole(browser.context, sw);

    for (const form of FORMS.filter((f) => existsSync(join(REPO_ROOT, 'test/fixtures/forms', f)))) {
      const page = await browser.openWithContentScript(`${server.url}/${form}`);
      // Give the helper its first scan before typing (late listeners would miss nothing anyway).
      await page.waitForTimeout(300);
      const secrets = page.locator('[data-expected-secret]');
      for (let i = 0; i < (await secrets.count()); i++) {
        const el = secrets.nth(i);
        const kind = (await el.getAttribute('data-expected-secret')) as keyof typeof SECRET;
        if (!(kind in SECRET) || !(await el.isVisible())) continue;
        await el.click();
        await el.pressSequentially(SECRET[kind], { delay: 5 });
        await el.press('Tab');
        typedSecrets.add(kind);
      }
      const control = page.locator('input[data-expected-key="subject.name"], input[data-expected-key="website.name"]').first();
      if ((await control.count()) > 0 && (await control.isVisible()) && (await control.isEditable())) {
        await control.click();
        await control.fill('');
        await control.pressSequentially(`${CONTROL}${controlForms}`, { delay: 5 });
        await control.press('Tab');
        controlForms++;
      }
      await page.waitForTimeout(1500); // autosave debounce
      await page.close();
    }
    // The extension pages read the drafts too: their logs and messages count.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForTimeout(1000);
    await popup.close();
    const options = await browser.openExtensionPage('options.html');
    await options.waitForTimeout(500);
    await options.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('typed every kind of secret into the sample forms', () => {
    expect([...typedSecrets].sort()).toEqual(['captcha', 'icpPassword', 'smsCode']);
    expect(controlForms).toBeGreaterThan(0);
  });

  it('stores the non-secret control values (autosave ran, the dump sees it)', async () => {
    const ext = await browser.openExtensionPage('options.html');
    const dump = await waitFor(async () => {
      const d = await dumpExtensionData(ext);
      return d.json.includes(CONTROL) ? d : undefined;
    }, 10_000, `the control value "${CONTROL}" in the extension's storage (autosave)`);
    expect(dump.records).toBeGreaterThan(0);
    await ext.close();
  });

  it('keeps no secret in IndexedDB, storage.local or storage.session', async () => {
    const ext = await browser.openExtensionPage('options.html');
    const dump = await dumpExtensionData(ext);
    await ext.close();
    for (const [kind, value] of Object.entries(SECRET)) expect(dump.json, `${kind} found in the extension's storage`).not.toContain(value);
  });

  it('sends no secret in any message to the background', async () => {
    const messages = await workerMessages(await browser.serviceWorker());
    expect(messages.length, 'no messages were recorded at all (autosave should send some)').toBeGreaterThan(0);
    const all = messages.join('\n');
    for (const [kind, value] of Object.entries(SECRET)) expect(all, `${kind} found in a message`).not.toContain(value);
  });

  it('logs no secret in the page, extension pages or service worker console', () => {
    const all = consoleRec.lines.join('\n');
    for (const [kind, value] of Object.entries(SECRET)) expect(all, `${kind} found in a console message`).not.toContain(value);
  });
});
