import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';
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
