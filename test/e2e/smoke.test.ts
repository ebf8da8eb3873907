import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../support/use-extension-browser';

describe('built extension in Chromium', () => {
  const env = useExtensionBrowser();

  it('attaches the content script to a sample form on a local host', async () => {
    const page = await env.browser.openWithContentScript(`${env.server.url}/index.html`);
    expect(await page.getAttribute('html', 'data-icp-helper-ready')).toBe('1');
    await page.close();
  });

  it('opens the popup page', async () => {
    const page = await env.browser.openExtensionPage('popup.html');
    await expect(page.locator('[data-icp-popup]').count()).resolves.toBe(1);
    await page.close();
  });
});
