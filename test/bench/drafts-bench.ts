/**
 * Draft save and load of the 300-field form, the way a user makes them: real (trusted) typing
 * in the form's page, the content script's autosave to the service worker, the write into the
 * extension's IndexedDB, observed there directly from an extension page (not through the
 * product's own replies); then the two read paths of that draft: the content script's
 * `drafts/fields` (what a restore into the page reads) and the popup's `drafts/get`.
 * Extension pages may not autosave (the background binds drafts to the sending frame), so
 * nothing here goes around that check.
 */
import type { Page } from 'playwright-core';
import { NAME_SHIM, type Launched } from './browser-benches';
import type { Outcome } from './node-benches';
import { summarize, type Summary } from './stats';

export interface DraftsResult {
  /** `change` in the page → the new draft, with every value on the page, in IndexedDB (a page session's first save). */
  firstSave: Summary;
  /** `change` in the page → the changed value in IndexedDB (a later save of the same page session: one key). */
  laterSave: Summary;
  /** `drafts/fields` sent from the form tab's content-script world, round trip (a restore's read). */
  loadPage: Summary;
  /** `drafts/get` from an extension page, round trip (the popup opening the draft). */
  loadPopup: Summary;
  /** Fields in each stored draft (min over repeats). */
  fields: number;
  /** Drafts in the database at the end (one per repeat when each first save made its own draft). */
  drafts: number;
  /** Median interval between two looks into IndexedDB (the resolution of the save figures). */
  pollMs: number;
}

interface Stored {
  /** `performance.timeOrigin + performance.now()` in the extension page when first seen. */
  at: number;
  id: string;
  fields: number;
  polls: number;
  spanMs: number;
}

/**
 * Polls the extension's IndexedDB (raw, read-only, the newest draft by `updatedAt`) until a
 * draft other than `notId` (or any draft, when `notId` is null and `sameId` unset) holds
 * `value` under `key`. Started before the typing; resolves with the time it was first seen.
 */
function pollStored(ext: Page, key: string, value: string, notId: string | null, sameId: string | null): Promise<Stored> {
  return ext.evaluate(
    async ({ key, value, notId, sameId }) => {
      const now = () => performance.timeOrigin + performance.now();
      const deadline = now() + 15_000;
      const start = now();
      let db: IDBDatabase | undefined;
      let polls = 0;
      while (now() < deadline) {
        polls++;
        // Never create the database: the service worker opens (and upgrades) it itself.
        if (!db && (await indexedDB.databases()).some((d) => d.name === 'icp-filing-helper')) {
          db = await new Promise<IDBDatabase>((ok, fail) => {
            const r = indexedDB.open('icp-filing-helper');
            r.onsuccess = () => ok(r.result);
            r.onerror = () => fail(r.error);
          });
        }
        if (db) {
          const rec = await new Promise<{ id: string; fields: Record<string, unknown> } | undefined>((ok, fail) => {
            const r = db!.transaction('drafts', 'readonly').objectStore('drafts').index('updatedAt').openCursor(null, 'prev');
            r.onsuccess = () => ok(r.result?.value as { id: string; fields: Record<string, unknown> } | undefined);
            r.onerror = () => fail(r.error);
          });
          if (rec && rec.fields[key] === value && rec.id !== notId && (sameId === null || rec.id === sameId)) {
            const at = now();
            db.close();
            return { at, id: rec.id, fields: Object.keys(rec.fields).length, polls, spanMs: at - start };
          }
        }
        await new Promise((ok) => setTimeout(ok, 1));
      }
      db?.close();
      throw new Error(`no draft with ${key} = ${value} within 15 s`);
    },
    { key, value, notId, sameId },
  );
}

/** Records the time of the next `change` of `selector` in the page (its event's own timestamp). */
async function armChange(form: Page, selector: string): Promise<void> {
  await form.evaluate((sel) => {
    const w = globalThis as unknown as { __icpChangeAt?: number };
    w.__icpChangeAt = undefined;
    document.querySelector(sel)!.addEventListener('change', (e) => (w.__icpChangeAt = performance.timeOrigin + e.timeStamp), { once: true, capture: true });
  }, selector);
}

const changeAt = (form: Page): Promise<number | undefined> => form.evaluate(() => (globalThis as unknown as { __icpChangeAt?: number }).__icpChangeAt);

/** Trusted typing: focus the field, replace its last character with `last`, leave it (Tab: `change`, the immediate save). */
async function typeLastChar(form: Page, selector: string, last: string): Promise<void> {
  await form.locator(selector).click();
  await form.keyboard.press('End');
  await form.keyboard.press('Backspace');
  await form.keyboard.type(last);
  await form.keyboard.press('Tab');
}

/** `drafts/fields` from the content script's isolated world of the form tab (CDP), timed there. */
async function loadFromContentWorld(form: Page, id: string): Promise<{ ms: number; fields: number }> {
  const cdp = await form.context().newCDPSession(form);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!world) throw new Error('no content-script world in the form tab');
    const expression = `(async () => {
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'drafts/fields', payload: { id: ${JSON.stringify(id)} } });
      const ms = performance.now() - t0;
      if (!r || !r.ok || !r.value.fields) throw new Error('drafts/fields: ' + (r && r.error));
      return { ms, fields: Object.keys(r.value.fields).length };
    })()`;
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: { ms: number; fields: number } };
      exceptionDetails?: { exception?: { description?: string } };
    };
    if (r.exceptionDetails || !r.result.value) throw new Error(r.exceptionDetails?.exception?.description ?? 'drafts/fields: no result');
    return r.result.value;
  } finally {
    await cdp.detach();
  }
}

/** `drafts/get` from an extension page, timed there. */
function loadFromExtensionPage(ext: Page, id: string): Promise<{ ms: number; fields: number }> {
  return ext.evaluate(async (draftId) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { draft: { fields: object } | null }; error?: string }> } } }).chrome;
    const t0 = performance.now();
    const r = await c.runtime.sendMessage({ type: 'drafts/get', payload: { id: draftId } });
    const ms = performance.now() - t0;
    if (!r.ok || !r.value?.draft) throw new Error(`drafts/get: ${r.error}`);
    return { ms, fields: Object.keys(r.value.draft.fields).length };
  }, id);
}

/**
 * Per repeat, a new tab with the 300-field form (its values are in the HTML, as a page shows
 * what the user entered before): a distinct subject name (so the page belongs to no earlier
 * draft), then one trusted edit of `field` and Tab. Timed from that `change` to the draft seen
 * in IndexedDB: the first save (all values: a new 303-field draft), then a second edit (one key
 * into it). Then the draft is read back both ways. The first repeat warms up and is not counted.
 */
export async function benchDraftSaveLoad(browser: Launched, formUrl: string, field: string, startValue: string, repeats: number): Promise<Outcome<DraftsResult>> {
  const ext = await browser.context.newPage();
  await ext.addInitScript({ content: NAME_SHIM });
  await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const selector = `[data-expected-key="${field}"]`;
  const first: number[] = [];
  const later: number[] = [];
  const loadPage: number[] = [];
  const loadPopup: number[] = [];
  const intervals: number[] = [];
  let fields = Infinity;
  let lastId: string | null = null;
  try {
    for (let i = 0; i < repeats + 1; i++) {
      const form = await browser.context.newPage();
      await form.addInitScript({ content: NAME_SHIM });
      await form.goto(formUrl);
      try {
        await form.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
      } catch {
        return { measured: false, reason: 'content script never attached to the form' };
      }
      // A new filing per repeat: the subject name is what the page shows, not typed.
      await form.evaluate((n) => {
        (document.querySelector('[data-expected-key="subject.name"]') as HTMLInputElement).value = `基准测试有限公司${n}`;
      }, i);
      const timeSave = async (last: string, notId: string | null, sameId: string | null): Promise<Stored & { ms: number }> => {
        await armChange(form, selector);
        const seen = pollStored(ext, field, startValue.slice(0, -1) + last, notId, sameId);
        await typeLastChar(form, selector, last);
        const stored = await seen;
        const changed = await changeAt(form);
        if (changed === undefined) throw new Error('no change event in the form');
        return { ...stored, ms: stored.at - changed };
      };
      // Digits 1-9, never the start value's last 0 and never the same twice in a row: each edit changes the value.
      const s1 = await timeSave(String(1 + (i % 9)), lastId, null);
      const s2 = await timeSave(String(1 + ((i + 4) % 9)), null, s1.id);
      const p = await loadFromContentWorld(form, s1.id);
      const g = await loadFromExtensionPage(ext, s1.id);
      if (p.fields !== s1.fields || g.fields !== s1.fields) throw new Error(`read ${p.fields} / ${g.fields} fields of ${s1.fields} stored`);
      lastId = s1.id;
      await form.close();
      if (i === 0) continue;
      first.push(s1.ms);
      later.push(s2.ms);
      loadPage.push(p.ms);
      loadPopup.push(g.ms);
      intervals.push(s1.spanMs / s1.polls, s2.spanMs / s2.polls);
      fields = Math.min(fields, s1.fields);
    }
    const drafts = await ext.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('icp-filing-helper');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const n = await new Promise<number>((ok) => {
        const r = db.transaction('drafts').objectStore('drafts').count();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return n;
    });
    return {
      measured: true,
      value: { firstSave: summarize(first), laterSave: summarize(later), loadPage: summarize(loadPage), loadPopup: summarize(loadPopup), fields, drafts, pollMs: summarize(intervals).median },
    };
  } finally {
    for (const p of browser.context.pages()) if (p !== ext) await p.close().catch(() => undefined);
    await ext.close();
  }
}
