import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

describe('built extension in Chromium', () => {
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

  it('attaches the content script to a sample form on a local host', async () => {
    const page = await browser.openWithContentScript(`${server.url}/index.html`);
    expect(await page.getAttribute('html', 'data-icp-helper-ready')).toBe('1');
    await page.close();
  });

  it('opens the popup page', async () => {
    const page = await browser.openExtensionPage('popup.html');
    await expect(page.locator('[data-icp-popup]').count()).resolves.toBe(1);
    await page.close();
  });
});
