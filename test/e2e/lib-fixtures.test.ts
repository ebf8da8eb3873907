/**
 * Smoke test of the component-library fixture pages (/libs/<lib>.html): each is bundled from
 * node_modules, renders in Chromium without console errors or requests elsewhere, exposes its
 * framework's form state through `window.__icpFixture`, and that state follows real UI input:
 * typing, choosing options in the library's popups, walking the cascader, clicking checkboxes
 * and radios, attaching a file. No popup is left open afterwards.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_KEYS, ALL_FIELDS } from '../fixtures/libs/shared/spec';
import { CHROMIUM_PATH } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { LIB_PAGES, buildLibPage, type LibPage } from '../support/lib-fixture-build';
import { fixtureState, fixtureUploads, waitForLibFixture } from '../support/lib-fixture-state';
import { SAMPLE_VALUES, attachFile, fillAll, openPopups } from '../support/lib-ui';

const CONTRACT_KEYS = ALL_FIELDS.flatMap((f) => (f.kind === 'upload' ? [] : f.kind === 'region' ? [...REGION_KEYS] : [f.key]));

let browser: Browser;
let server: FixtureServer;
const report: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (report.length) console.log(`library fixture pages:\n${report.join('\n')}`);
});

async function open(lib: LibPage): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request: ${url}`);
  });
  await page.goto(`${server.url}/libs/${lib}.html`);
  await waitForLibFixture(page);
  return { page, problems };
}

describe.each(LIB_PAGES)('%s fixture page', (lib) => {
  it('renders every contract field once and follows real UI input into its form state', async () => {
    const t0 = performance.now();
    const built = await buildLibPage(lib);
    const { page, problems } = await open(lib);
    try {
      const loadMs = Math.round(performance.now() - t0);
      const hookLib = await page.evaluate(() => window.__icpFixture?.lib);
      expect(hookLib).toBe(lib);

      // Ground truth: each key on exactly one wrapper (the cascader's wrapper lists three).
      const marked = await page.evaluate(() =>
        [...document.querySelectorAll('[data-expected-key]')].flatMap((e) => (e.getAttribute('data-expected-key') ?? '').split(' ')),
      );
      expect([...marked].sort()).toEqual([...CONTRACT_KEYS].sort());

      const empty = await fixtureState(page);
      expect(Object.keys(empty).sort()).toEqual([...CONTRACT_KEYS].sort());
      for (const v of Object.values(empty)) expect(v === '' || (Array.isArray(v) && v.length === 0)).toBe(true);

      const f0 = performance.now();
      await fillAll(page, lib);
      const fillMs = Math.round(performance.now() - f0);
      expect(await fixtureState(page)).toEqual(SAMPLE_VALUES);
      expect(await openPopups(page, lib)).toBe(0);

      await attachFile(page, 'subjectCert', { name: 'license.png', mimeType: 'image/png', buffer: Buffer.from('x') });
      await expect.poll(() => fixtureUploads(page).then((u) => u.subjectCert)).toEqual(['license.png']);

      expect(problems).toEqual([]);
      report.push(`${lib}: build ${built.buildMs ? `${built.buildMs} ms` : 'cached'}, first load ${loadMs} ms, fill ${CONTRACT_KEYS.length} keys ${fillMs} ms`);
    } finally {
      await page.close();
    }
    // A cold build of a page takes up to ~15 s on the shared machine, the UI fill ~15 s.
  }, 180_000);
});
