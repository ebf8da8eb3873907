/**
 * Importing a large draft file (just under the limits) from the popup in the BUILT extension
 * (Chromium): the import runs in the service worker, so the popup keeps answering within
 * 100 ms while it runs; a file over 5 MB is refused with a clear message and nothing changes.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBSITE_SUBKEYS } from '../../src/domain/field-keys';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';

describe('drafts: a large import keeps the popup responsive (Chromium)', () => {
  let browser: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'icp-import-'));

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers within 100 ms while a 4.x MB bundle imports, and refuses a 6 MB file unread', async () => {
    // 120 drafts × 51 websites × the website keys: heavy, but within every limit.
    const fields: Record<string, string> = { 'subject.name': '大文件导入有限公司' };
    for (let w = 0; w <= 50; w++) for (const sub of WEBSITE_SUBKEYS.slice(0, 20)) fields[w === 0 ? `website.${sub}` : `website[${w}].${sub}`] = `值${w}-${sub}`.slice(0, 40);
    const drafts = Array.from({ length: 120 }, (_, i) => ({ format: 'icp-filing-draft', version: 1, filingType: 'new', name: `大文件 ${i}`, fields }));
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts }));
    const size = statSync(big).size;
    expect(size).toBeGreaterThan(4 * 1024 * 1024);
    expect(size).toBeLessThan(5 * 1024 * 1024);

    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('[data-icp-drafts]').waitFor();
    // A probe of the popup's main thread: how late a 10 ms timer fires while the import runs.
    await popup.evaluate(() => {
      const w = window as unknown as { __lags: number[]; __stop?: boolean };
      w.__lags = [];
      const tick = (): void => {
        const t = performance.now();
        setTimeout(() => {
          w.__lags.push(performance.now() - t - 10);
          if (!w.__stop) tick();
        }, 10);
      };
      tick();
    });
    const t0 = Date.now();
    await popup.setInputFiles('[data-icp-import]', big);
    await popup.locator('[data-icp-notice]').waitFor({ timeout: 60_000 });
    const took = Date.now() - t0;
    const lags = await popup.evaluate(() => {
      const w = window as unknown as { __lags: number[]; __stop?: boolean };
      w.__stop = true;
      return w.__lags;
    });
    const worst = Math.max(...lags);
    const p95 = [...lags].sort((a, b) => a - b)[Math.floor(lags.length * 0.95)]!;
    console.log(`[import] ${(size / 1024 / 1024).toFixed(2)} MB, 120 drafts × ${Object.keys(fields).length} fields: ${took} ms; popup main thread: p95 delay ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${lags.length} probes`);
    expect(await popup.locator('[data-icp-notice]').textContent()).toMatch(/Imported 120|已导入 120/);
    // The popup answers within 100 ms; single late timers come from the test machine's shared
    // cores (an import in the popup itself blocked it for seconds).
    expect(p95).toBeLessThan(100);
    expect(worst).toBeLessThan(600);

    // Over 5 MB: refused before reading, one clear message, nothing stored.
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.remarks': 'x'.repeat(6 * 1024 * 1024) } }));
    const before = (await readStoredDrafts(popup)).length;
    await popup.setInputFiles('[data-icp-import]', huge);
    await popup.locator('[data-icp-import-errors]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-icp-import-errors]').textContent()).toMatch(/larger than 5 MB/);
    expect((await readStoredDrafts(popup)).length).toBe(before);
    await popup.close();
  });
});
