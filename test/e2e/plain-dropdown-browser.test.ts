/**
 * The plain dropdown adapter on real Tea Selects in Chromium, where layout exists: a 60-option
 * list that renders only its visible rows (react-window) and a rows-measuring copy moved off
 * the page, and a searchable one. No extension build needed (`E2E_SKIP_BUILD=1`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Outcome = { ok: boolean; reason?: string };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'test/support/plain-dropdown-page.tsx')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome110',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const css = readFileSync(join(ROOT, 'node_modules/tea-component/dist/tea.css'), 'utf8');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div id="app"></div></body></html>`);
  await page.addScriptTag({ content: out.outputFiles[0]!.text });
  await page.waitForFunction(() => document.querySelectorAll('[tabindex]').length >= 2);
});

afterAll(async () => {
  await browser?.close();
});

// Only the page's own script acts (no Playwright input): the adapter does what a restore does.
const fill = (id: string, want: string[]): Promise<Outcome> => page.evaluate(([i, w]) => (window as unknown as { __plain: { fill(i: string, w: string[]): Promise<Outcome> } }).__plain.fill(i, w), [id, want] as const);
const call = <T>(name: 'read' | 'settle' | 'state' | 'openLayers', id?: string): Promise<T> =>
  page.evaluate(([n, i]) => (window as unknown as { __plain: Record<string, (i?: string) => unknown> }).__plain[n]!(i), [name, id] as const) as Promise<T>;

describe('plain dropdown adapter on real Tea Selects (Chromium)', () => {
  it('scrolls a virtual list to a row it has not rendered, chooses it, reads it back, closes', async () => {
    expect(await fill('long', ['选项55'])).toEqual({ ok: true });
    expect(await call('read', 'long')).toEqual(['选项55']);
    expect(await call('settle')).toBe(true);
    expect(await call('openLayers')).toBe(0);
    expect(await call('state')).toEqual({ long: '55' });
  });

  it('a searchable select: chooses in its own popup; a label it does not have changes nothing', async () => {
    expect(await fill('search', ['选项42'])).toEqual({ ok: true });
    expect(await fill('search', ['选项99'])).toEqual({ ok: false, reason: 'no-such-option: 选项99' });
    expect(await call('settle')).toBe(true);
    expect(await call('openLayers')).toBe(0);
    expect(await call('state')).toEqual({ long: '55', search: '42' });
    expect(await call('read', 'search')).toEqual(['选项42']);
  });
});
