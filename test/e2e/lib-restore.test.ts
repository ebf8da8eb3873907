/**
 * Restore on the real component-library pages (issue 11), in the built extension in Chromium:
 * fill every field through the library's own UI, let autosave store it, reload, restore all
 * (the popup's `page/restore`). The framework's own form state must then equal what was
 * filled, field by field, with no popup left open and no wrong value; a second restore
 * changes nothing. Prints, per library, fields read, restored, failed, wrong and the time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { LIB_PAGES, buildLibPage } from '../support/lib-fixture-build';
import { SAMPLE_VALUES, fillAll, openPopups } from '../support/lib-ui';
import { fixtureState, waitForLibFixture } from '../support/lib-fixture-state';

type Report = { filled: string[]; failed: { key: string; reason: string }[]; skipped: { key: string; reason: string }[] };
type Draft = { id: string; origin: string; fields: Record<string, unknown>; deletedAt?: string };

const KEYS = Object.keys(SAMPLE_VALUES);
/** Every library page is restored in full: all keys, nothing failed, nothing wrong. */
const FULL = new Set<string>(LIB_PAGES);
const lines: string[] = [];

describe('restore on the real component-library pages (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const lib of LIB_PAGES) await buildLibPage(lib);
  });
  afterAll(async () => {
    await server?.close();
    if (lines.length) console.log(`lib restore:\n${lines.join('\n')}`);
  });

  /** page/restore as the popup sends it, to the active tab. */
  async function restoreAll(page: Page, draftId: string): Promise<Report> {
    await page.bringToFront();
    const reply = (await ext.evaluate(async (id) => {
      type Tab = { id?: number };
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return c.tabs.sendMessage(tab!.id!, { type: 'page/restore', payload: { draftId: id } });
    }, draftId)) as { ok: boolean; value?: Report; error?: string };
    expect(reply.ok, reply.error).toBe(true);
    return reply.value!;
  }

  it.each(LIB_PAGES)('%s: fill through the UI, reload, restore all: no wrong value, no popup open; in full where supported, a second restore changes nothing', async (lib) => {
    const full = FULL.has(lib);
    const keys = KEYS;
    // A fresh profile per library: the pages share one origin, and each is its own filing.
    browser = await launchExtensionBrowser();
    ext = await browser.openExtensionPage('popup.html');
    const page = await browser.openWithContentScript(`${server.url}/libs/${lib}.html`);
    await waitForLibFixture(page);
    await fillAll(page, lib);
    expect(await fixtureState(page)).toEqual(SAMPLE_VALUES);
    // Autosave holds every field as the user saw it.
    let draft: Draft | undefined;
    await expect
      .poll(
        async () => {
          // A fresh profile: the one live draft of this origin.
          draft = (await readStoredDrafts<Draft>(ext)).find((d) => !d.deletedAt && d.origin === server.url);
          // Where reading is incomplete, wait for the draft itself.
          return draft ? (full ? keys.filter((k) => draft!.fields[k] === undefined) : []) : KEYS;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toEqual([]);
    if (!full) {
      // The last edits' save (debounced) has landed.
      await new Promise((r) => setTimeout(r, 2_000));
      draft = (await readStoredDrafts<Draft>(ext)).find((d) => !d.deletedAt && d.origin === server.url);
    }
    const read = KEYS.filter((k) => draft!.fields[k] !== undefined).length;
    // Read as the user saw it (a phone keeps its 086 addon in front).
    const misread = KEYS.filter((k) => JSON.stringify(draft!.fields[k]) !== JSON.stringify(SAMPLE_VALUES[k]) && JSON.stringify(draft!.fields[k]) !== JSON.stringify(`086-${String(SAMPLE_VALUES[k])}`) && JSON.stringify(draft!.fields[k]) !== JSON.stringify([SAMPLE_VALUES[k]]));

    await page.reload();
    await waitForLibFixture(page);
    await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
    const t0 = performance.now();
    const report = await restoreAll(page, draft!.id);
    const ms = Math.round(performance.now() - t0);
    const state = await fixtureState(page);
    const wrong = KEYS.filter((k) => JSON.stringify(state[k]) !== JSON.stringify(SAMPLE_VALUES[k]) && JSON.stringify(state[k]) !== '""' && JSON.stringify(state[k]) !== '[]');
    const restored = KEYS.filter((k) => JSON.stringify(state[k]) === JSON.stringify(SAMPLE_VALUES[k]));
    lines.push(
      `${lib}: read ${read}/${KEYS.length} (misread: ${misread.map((k) => `${k}=${JSON.stringify(draft!.fields[k])}`).join(' ') || 'none'}), restored ${restored.length}, failed ${report.failed.length} ${JSON.stringify(report.failed)}, wrong ${wrong.length} ${wrong.join(' ')}, ${ms} ms`,
    );
    expect(wrong).toEqual([]);
    // What the report calls filled the page holds; every failure says why.
    for (const k of report.filled) if (k in SAMPLE_VALUES) expect(state[k], k).toEqual(SAMPLE_VALUES[k]);
    for (const f of report.failed) expect(f.reason).not.toBe('');
    expect(await openPopups(page, lib)).toBe(0);
    if (!full) {
      await browser.close();
      return;
    }
    const only = <T,>(o: Record<string, T>): Record<string, T> => Object.fromEntries(keys.map((k) => [k, o[k]!]));
    expect(report.failed).toEqual([]);
    expect(only(state)).toEqual(only(SAMPLE_VALUES));

    const again = await restoreAll(page, draft!.id);
    expect(again.filled).toEqual([]);
    expect(again.failed).toEqual([]);
    expect(await fixtureState(page)).toEqual(state);
    expect(await openPopups(page, lib)).toBe(0);
    expect(misread).toEqual([]);
    await browser.close();
  });
});
