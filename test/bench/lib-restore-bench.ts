/**
 * Restore time on the real component-library pages (issue 11): a draft holding every field of
 * the library form (about 40 controls: cascader, selects, multiple select, checkbox and radio
 * groups, inputs with addons) restored with `page/restore` into a freshly loaded page, per
 * library. Includes the components' own animations (popups opening and closing). Each repeat
 * checks the framework's state against the draft: a wrong value is counted, never hidden.
 * Reading is measured apart (`benchLibRead`): the form filled through the library's own UI in a
 * fresh profile, and what autosave stored compared with what was filled.
 */
import type { Page } from 'playwright-core';
import { readStoredDrafts } from '../support/extension-db';
import { LIB_PAGES, buildLibPage, type LibPage } from '../support/lib-fixture-build';
import { SAMPLE_VALUES, fillAll, openPopups } from '../support/lib-ui';
import { fixtureState, waitForLibFixture } from '../support/lib-fixture-state';
import { launch, type Launched } from './browser-benches';
import { grantDraft, importDraft } from './restore-draft';
import type { Outcome } from './node-benches';
import { summarize, type Summary } from './stats';

export interface LibRestoreResult {
  lib: LibPage;
  restore: Summary;
  fields: number;
  filled: number;
  failed: number;
  /** Fields whose framework state holds another value than the draft after a restore (must be 0). */
  wrong: number;
  /** Fields left empty. */
  missing: number;
  /** Fields whose framework state equals the draft after every repeat. */
  restored: number;
  /** Popups of the library left open after a restore (max over repeats; must be 0). */
  openPopups: number;
}

export interface LibReadResult {
  lib: LibPage;
  fields: number;
  /** Fields autosave stored as the user saw them. */
  read: number;
  /** Fields stored with another value (key=value), never expected. */
  misread: string[];
}

/** The draft as autosave reads these pages: the phones with their 086 addon, domains as a list. */
function draftFields(): Record<string, unknown> {
  const f: Record<string, unknown> = { ...SAMPLE_VALUES };
  for (const k of ['subject.principal.phone', 'website.principal.phone']) f[k] = `086-${String(f[k])}`;
  f['website.domains'] = [f['website.domains']];
  return f;
}

type Reply = { ok: boolean; value?: { filled: string[]; failed: unknown[]; draftId?: string }; error?: string };

export async function benchLibRestore(browser: Launched, serverUrl: string, lib: LibPage, repeats: number): Promise<Outcome<LibRestoreResult>> {
  await buildLibPage(lib);
  const url = `${serverUrl}/libs/${lib}.html`;
  const form = await browser.context.newPage();
  const ext = await browser.context.newPage();
  try {
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const saved = await importDraft(ext, draftFields());
    if ('error' in saved) return { measured: false, reason: `could not import the draft (${saved.error})` };
    const draftId = saved.id;
    const samples: number[] = [];
    let filled = 0;
    let failed = 0;
    let wrong = 0;
    let missing = 0;
    let restored = Object.keys(SAMPLE_VALUES).length;
    let popups = 0;
    for (let i = 0; i < repeats; i++) {
      await form.goto(url);
      await waitForLibFixture(form);
      await form.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
      await form.bringToFront();
      const r = await restoreInActiveTab(ext, draftId);
      if (!r.reply.ok || !r.reply.value) return { measured: false, reason: `page/restore failed (${r.reply.error ?? 'no reply'})` };
      samples.push(r.ms);
      filled = r.reply.value.filled.length;
      failed = r.reply.value.failed.length;
      const d = await differences(form);
      wrong = Math.max(wrong, d.wrong);
      missing = Math.max(missing, d.missing);
      restored = Math.min(restored, d.restored);
      popups = Math.max(popups, await openPopups(form, lib));
    }
    return { measured: true, value: { lib, restore: summarize(samples), fields: Object.keys(SAMPLE_VALUES).length, filled, failed, wrong, missing, restored, openPopups: popups } };
  } finally {
    await Promise.all([form.close(), ext.close()]);
  }
}

async function restoreInActiveTab(ext: Page, draftId: string): Promise<{ ms: number; reply: Reply }> {
  type Tab = { id?: number };
  const tabId = await ext.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (tabId === undefined) return { ms: NaN, reply: { ok: false, error: 'no active tab' } };
  await grantDraft(ext, tabId, draftId);
  return ext.evaluate(
    async ({ id, tab }) => {
      const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome;
      const t0 = performance.now();
      const reply = (await c.tabs.sendMessage(tab, { type: 'page/restore', payload: { draftId: id } })) as Reply;
      return { ms: performance.now() - t0, reply };
    },
    { id: draftId, tab: tabId },
  );
}

async function differences(form: Page): Promise<{ wrong: number; missing: number; restored: number }> {
  const state = await fixtureState(form);
  const off = Object.keys(SAMPLE_VALUES).filter((k) => JSON.stringify(state[k]) !== JSON.stringify(SAMPLE_VALUES[k]));
  const empty = (v: unknown): boolean => v === '' || v === undefined || (Array.isArray(v) && v.length === 0);
  return { wrong: off.filter((k) => !empty(state[k])).length, missing: off.filter((k) => empty(state[k])).length, restored: Object.keys(SAMPLE_VALUES).length - off.length };
}

type StoredDraft = { origin: string; fields: Record<string, unknown>; deletedAt?: string };

/**
 * Fields read: in a fresh profile, every field filled through the library's own UI, then the
 * stored draft compared with what was filled (as the user saw it: a phone with its 086 addon,
 * the domain as a list). Waits until autosave has settled (no change for 2 s, at most 20 s).
 */
export async function benchLibRead(extensionDir: string, serverUrl: string, lib: LibPage): Promise<Outcome<LibReadResult>> {
  await buildLibPage(lib);
  const browser = await launch(extensionDir, true);
  try {
    const url = `${serverUrl}/libs/${lib}.html`;
    const form = await browser.context.newPage();
    await form.goto(url);
    await waitForLibFixture(form);
    await form.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
    await fillAll(form, lib);
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const stored = async (): Promise<Record<string, unknown>> =>
      (await readStoredDrafts<StoredDraft>(ext)).find((d) => !d.deletedAt && d.origin === new URL(url).origin)?.fields ?? {};
    let fields = await stored();
    let stableSince = Date.now();
    for (const end = Date.now() + 20_000; Date.now() < end && Date.now() - stableSince < 2_000; ) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await stored();
      if (JSON.stringify(now) !== JSON.stringify(fields)) [fields, stableSince] = [now, Date.now()];
    }
    const expected = draftFields();
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    const keys = Object.keys(SAMPLE_VALUES);
    const readKeys = keys.filter((k) => fields[k] !== undefined);
    const misread = readKeys.filter((k) => !same(fields[k], expected[k]) && !same(fields[k], SAMPLE_VALUES[k])).map((k) => `${k}=${JSON.stringify(fields[k])}`);
    return { measured: true, value: { lib, fields: keys.length, read: readKeys.length - misread.length, misread } };
  } finally {
    await browser.close();
  }
}

export const LIB_RESTORE_BUDGET_MS = 2000;
export { LIB_PAGES };
