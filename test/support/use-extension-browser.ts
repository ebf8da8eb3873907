import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { seedDraft } from '../e2e/privacy-support';
import { launchExtensionBrowser, waitForContentScript, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/**
 * One fixture server and one extension browser for a test file: registers the beforeAll /
 * afterAll hooks and returns an object whose `server` and `browser` are set once they ran.
 */
export function useExtensionBrowser(): { readonly server: FixtureServer; readonly browser: ExtensionBrowser } {
  const env = {} as { server: FixtureServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** What `useSeededSubjectPage` holds once its hooks ran. */
export interface SeededSubjectPage {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
  /** The Aliyun 2019 subject page, content script attached: it belongs to the seeded draft. */
  readonly page: Page;
  readonly draftId: string;
}

/**
 * `useExtensionBrowser` plus one draft of `fields` for the fixture server's Aliyun 2019 subject
 * page (imported as a draft file, as a user brings one) and that page open, so the restore
 * prompt offers the draft. `viewport`: the page's window size.
 */
export function useSeededSubjectPage(fields: Record<string, unknown>, viewport?: { width: number; height: number }): SeededSubjectPage {
  const base = useExtensionBrowser();
  let page: Page | undefined;
  let draftId: string | undefined;
  beforeAll(async () => {
    const url = `${base.server.url}/aliyun-2019/subject.html`;
    const ext = await base.browser.openExtensionPage('options.html');
    draftId = await seedDraft(ext, { origin: new URL(base.server.url).origin, url, provider: 'other', filingType: 'new', fields });
    await ext.close();
    page = await base.browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url);
    await waitForContentScript(page);
  });
  return {
    get server() {
      return base.server;
    },
    get browser() {
      return base.browser;
    },
    get page() {
      return page!;
    },
    get draftId() {
      return draftId!;
    },
  };
}

export interface RelaunchableBrowser {
  readonly server: FixtureServer;
  /** The running browser (after `launch()`). */
  readonly browser: ExtensionBrowser;
  /** Starts the browser on the kept profile (again after `quit()`). */
  launch(): Promise<ExtensionBrowser>;
  /** Quits the browser and keeps its profile for the next `launch()`. */
  quit(): Promise<void>;
}

/**
 * One fixture server and one browser profile for a describe block that quits and relaunches
 * the browser on the same profile: registers the hooks (the profile is removed at the end).
 */
export function useRelaunchableBrowser(profilePrefix: string): RelaunchableBrowser {
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async launch() {
      browser = await launchExtensionBrowser({ profileDir });
      return browser;
    },
    async quit() {
      await browser?.close({ keepProfile: true });
      browser = undefined;
    },
  };
}
