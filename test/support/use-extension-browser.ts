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
