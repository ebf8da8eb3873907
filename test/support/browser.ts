/**
 * Launches Debian's Chromium with the built extension loaded (playwright-core, no browser
 * download). Each launch gets a fresh profile unless one is passed (to test relaunches).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { testExtensionDir } from './build-extension';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page such as `popup.html?draft=ID`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a page and waits until the content script has attached to it. */
  openWithContentScript(url: string): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchExtensionBrowser(opts: { profileDir?: string; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? testExtensionDir();
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'icp-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: process.env.HEADED !== '1',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async openWithContentScript(url) {
      const page = await context.newPage();
      await page.goto(url);
      await waitForContentScript(page);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The content script marks `<html data-icp-helper-ready>` once it has attached. */
export async function waitForContentScript(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout });
}
