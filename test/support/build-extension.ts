import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Local hosts the test and demo builds add to the content script's matches. */
export const LOCAL_MATCHES = 'http://127.0.0.1/*,http://localhost/*';

/**
 * A loopback host outside the content script's matches whose permission the test build holds
 * from install (ICP_TEST_GRANTED_HOSTS), so that "enable on this site" runs without the
 * browser's permission prompt, which automation cannot answer.
 */
export const TEST_GRANTED_HOST = '127.0.0.2';

/** Output folder of the test build (separate from the production `.output`). */
export function testOutDir(): string {
  return resolve(REPO_ROOT, process.env.E2E_OUT_DIR ?? '.output-e2e');
}

export function testExtensionDir(browser: 'chrome' | 'firefox' = 'chrome'): string {
  return resolve(testOutDir(), browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Builds the extension with the local hosts added (ICP_EXTRA_MATCHES), as a user would. */
export function buildTestExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // NODE_ENV=production: vitest sets it to `test`, which would change what gets bundled; the
    // tests must run the code that ships.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ICP_EXTRA_MATCHES: LOCAL_MATCHES,
      ICP_TEST_GRANTED_HOSTS: `http://${TEST_GRANTED_HOST}/*`,
      WXT_OUT_DIR: testOutDir(),
    },
  });
}
