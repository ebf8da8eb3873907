/**
 * Probes for the privacy tests: everything the extension keeps (all of its IndexedDB
 * databases, storage.local, storage.session), every message its service worker receives, and
 * the console of every context. Run inside the extension's own pages and worker.
 */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

/** tsx/vite keepNames may wrap inner functions in `__name(...)`; pages lack it. */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** JSON of every record of every IndexedDB database of the extension, plus storage.local/session. */
export async function dumpExtensionData(extPage: Page): Promise<{ json: string; databases: string[]; records: number }> {
  await extPage.evaluate(NAME_SHIM);
  return extPage.evaluate(async () => {
    const out: Record<string, unknown> = {};
    let records = 0;
    const dbs = await indexedDB.databases();
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => ok(req.result as unknown[]);
          req.onerror = () => fail(req.error);
        });
        records += stores[name]!.length;
      }
      db.close();
      out[`idb:${info.name}`] = stores;
    }
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> }; session: { get(k: null): Promise<unknown> } } } }).chrome;
    out['storage.local'] = await c.storage.local.get(null);
    out['storage.session'] = await c.storage.session.get(null);
    return { json: JSON.stringify(out), databases: dbs.map((d) => d.name ?? ''), records };
  });
}

/** Starts recording every runtime message / port message the service worker receives. */
export async function recordWorkerMessages(sw: Worker): Promise<void> {
  await sw.evaluate(NAME_SHIM);
  await sw.evaluate(() => {
    const g = globalThis as unknown as {
      __evidenceMessages?: string[];
      chrome: {
        runtime: {
          onMessage: { addListener(fn: (m: unknown) => undefined): void };
          onConnect: { addListener(fn: (p: { onMessage: { addListener(fn: (m: unknown) => void): void } }) => void): void };
        };
      };
    };
    if (g.__evidenceMessages) return;
    g.__evidenceMessages = [];
    // Returns undefined: observes without answering, so the product's own listener replies.
    g.chrome.runtime.onMessage.addListener((m) => {
      g.__evidenceMessages!.push(JSON.stringify(m));
      return undefined;
    });
    g.chrome.runtime.onConnect.addListener((port) => {
      port.onMessage.addListener((m) => g.__evidenceMessages!.push(JSON.stringify(m)));
    });
  });
}

export function workerMessages(sw: Worker): Promise<string[]> {
  return sw.evaluate(() => (globalThis as unknown as { __evidenceMessages?: string[] }).__evidenceMessages ?? []);
}

/** Collects console output of every page of the context and of the service worker. */
export function recordConsole(context: BrowserContext, sw: Worker): { lines: string[] } {
  const rec = { lines: [] as string[] };
  const push = (where: string) => (m: ConsoleMessage) => rec.lines.push(`${where} ${m.type()}: ${m.text()}`);
  context.on('console', push('page'));
  sw.on('console', push('worker'));
  context.on('weberror', (e) => rec.lines.push(`pageerror: ${e.error().message}`));
  return rec;
}

/** Sends an extension message from one of the extension's own pages (as the popup would). */
export async function sendExtensionMessage(extPage: Page, type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string } | undefined> {
  return extPage.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string } | undefined> } } }).chrome.runtime.sendMessage({
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  );
}

/** Saves a draft as autosave would (from an extension page, which the background trusts); returns its id. */
export async function seedDraft(
  extPage: Page,
  draft: { origin: string; url: string; provider: string; filingType: string; fields: Record<string, unknown> },
): Promise<string> {
  // Imported as a draft file: autosave answers only filing pages, for their own origin.
  const upload = `seed-${Math.random().toString(36).slice(2)}`;
  const text = JSON.stringify({ format: 'icp-filing-draft', version: 1, ...draft });
  const saved = await sendExtensionMessage(extPage, 'drafts/import', { upload, part: 0, parts: 1, text });
  const value = saved?.value as { ok?: boolean; ids?: string[]; problems?: string[] } | undefined;
  if (!saved?.ok || !value?.ok || !value.ids?.[0]) throw new Error(`seeding a draft failed: ${saved?.error ?? value?.problems?.join('; ') ?? 'no reply'}`);
  return value.ids[0];
}

/** Text of every open shadow root under `[data-icp-helper]` hosts (nested ones too), and its markup. */
export async function helperShadowContent(page: Page): Promise<{ text: string; html: string; hosts: number }> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(() => {
    let text = '';
    let html = '';
    let hosts = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const host of Array.from(root.querySelectorAll('[data-icp-helper]'))) {
        hosts++;
        const sr = host.shadowRoot;
        if (!sr) continue;
        text += `${sr.textContent ?? ''}\n`;
        html += `${sr.innerHTML}\n`;
        visit(sr);
      }
    };
    visit(document);
    return { text, html, hosts };
  });
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 150));
  }
}
