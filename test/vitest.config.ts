import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: `unit` (pure logic, DOM logic on happy-dom, storage on fake-indexeddb) and
// `e2e` (the built extension in Debian's Chromium). e2e files run one at a time: 2 cores.
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // OpenTiny's packages import extensionless ESM paths: Vite resolves them, Node does not.
          server: { deps: { inline: [/@opentiny\//] } },
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/e2e-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
