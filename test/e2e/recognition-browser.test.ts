/**
 * The recogniser in real Chromium on every sample form, including those happy-dom cannot run:
 * React 18 (late render, SPA step change, added website), Vue 3 / Element, custom elements with
 * open shadow roots, a same-origin iframe. The recogniser is bundled and injected into plain
 * pages (no extension needed); the ground truth is stripped before recognising.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import type { JudgeResult } from '../support/recognition-page-entry';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FORMS = join(ROOT, 'test/fixtures/forms');
// upload.html holds file inputs only: its ground truth is data-expected-upload (uploads.test.ts).
const SKIP = new Set(['index.html', 'upload.html', 'generated/hostile.html', 'generated/form-300-late.html', 'frames-inner.html']);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

function listForms(dir: string): string[] {
  return listFiles(dir)
    .map((p) => relative(dir, p))
    .filter((p) => !SKIP.has(p))
    .sort();
}

let browser: Browser;
let server: FixtureServer;
let bundle: string;
const table: string[] = [];

beforeAll(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'test/support/recognition-page-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome110',
  });
  bundle = out.outputFiles[0]!.text;
  server = await startFixtureServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (table.length) console.log(`recognition in Chromium:\n${table.join('\n')}`);
});

/** Waits until the page's ground-truth markers stop changing (late renders). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-expected-key]') !== null, undefined, { timeout: 10_000 });
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const n = await page.evaluate(() => {
      let count = document.querySelectorAll('[data-expected-key],[data-expected-secret]').length;
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) count += el.shadowRoot.querySelectorAll('[data-expected-key]').length;
      return count;
    });
    if (n === last) return;
    last = n;
    await page.waitForTimeout(150);
  }
}

async function judge(page: Page, name: string, { waitForRender = true } = {}): Promise<JudgeResult> {
  // The markers were stripped by an earlier judgement and React does not put them back.
  if (waitForRender) await settle(page);
  const hasBundle = await page.evaluate(() => '__icpRecognition' in globalThis);
  if (!hasBundle) await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(() => (globalThis as unknown as { __icpRecognition: { judge(): JudgeResult } }).__icpRecognition.judge());
  table.push(
    `${name.padEnd(34)} recall ${r.found}/${r.expected} precision ${r.correct}/${r.mapped} secrets ${r.secretsFound}/${r.secretsExpected} ${r.ms.toFixed(1)} ms`,
  );
  return r;
}

function expectPerfect(r: JudgeResult, name: string): void {
  expect(r.misses, `missed in ${name}`).toEqual([]);
  expect(r.wrong, `wrongly mapped in ${name}`).toEqual([]);
  expect(r.found).toBeGreaterThan(0);
}

describe('recognition in Chromium', () => {
  for (const name of listForms(FORMS).filter((n) => n !== 'react-late.html')) {
    it(name, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${name}`);
      expectPerfect(await judge(page, name), name);
      // Warm timing (median of 10 runs), reported, not asserted: budgets live in the bench.
      const ms = await page.evaluate(() => (globalThis as unknown as { __icpRecognition: { time(n: number): number } }).__icpRecognition.time(10));
      table.push(`${`  ${name} warm median`.padEnd(34)} ${ms.toFixed(2)} ms`);
      await page.close();
    });
  }

  it('aliyun-2019/website.html: "继续添加网站" adds website[1]', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/aliyun-2019/website.html`);
    await settle(page);
    await page.click('#saveAndAdd');
    await page.click('#addWebsite');
    await page.waitForFunction(() => document.querySelectorAll('.website-block').length === 2);
    const r = await judge(page, 'aliyun-2019/website.html (two sites)');
    expectPerfect(r, 'aliyun two websites');
    expect(r.expected).toBe(28);
    await page.close();
  });

  it('vue-element.html: values typed and picked by a user are read back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/vue-element.html`);
    await settle(page);
    await page.selectOption('#province', '天津市');
    await page.selectOption('#city', '天津市');
    await page.selectOption('#district', '南开区');
    await page.fill('#street', '卫津路92号');
    await page.click('#nature');
    await page.click('.el-select-dropdown__item:text-is("企业")');
    await page.fill('#sp_mobile', '13800138000');
    await page.locator('input[placeholder="区号"]').first().fill('022');
    await page.locator('input[placeholder="电话号码"]').first().fill('27406000');
    await page.fill('#smsCode', '654321');
    const r = await judge(page, 'vue-element.html (filled)');
    expectPerfect(r, 'vue filled');
    expect(r.values).toMatchObject({
      'subject.province': '天津市',
      'subject.city': '天津市',
      'subject.district': '南开区',
      'subject.mailingAddress': '天津市天津市南开区卫津路92号',
      'subject.nature': '企业',
      'subject.principal.mobile': '13800138000',
      'subject.principal.phone': '086-022-27406000',
    });
    expect(JSON.stringify(r.values)).not.toContain('654321');
    await page.close();
  });

  it('react-late.html: late render, step change by pushState, added website', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/react-late.html`);
    expectPerfect(await judge(page, 'react-late.html (subject step)'), 'react subject');
    await page.click('#next-step');
    await page.waitForSelector('#add-website');
    const website = await judge(page, 'react-late.html (website step)');
    expectPerfect(website, 'react website');
    // The 网站负责人 row (同主体负责人 toggle) under 网站负责人信息 is no person block of its own.
    expect(website.expected).toBe(14);
    await page.click('#website_0_sameAsSubject');
    await page.waitForFunction(() => (document.getElementById('website_0_principal_name') as HTMLInputElement).disabled);
    expectPerfect(await judge(page, 'react-late.html (same as subject)', { waitForRender: false }), 'react website, same as subject');
    await page.click('#add-website');
    await page.waitForFunction(() => document.querySelector('[data-expected-key^="website[1]"]') !== null);
    const r = await judge(page, 'react-late.html (two websites)');
    expectPerfect(r, 'react two websites');
    await page.close();
  });
});
