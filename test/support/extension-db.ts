import type { Page } from 'playwright-core';

/**
 * Every draft record in the extension's IndexedDB, read raw from an extension page (so tests
 * see what is really stored, not what the product's own code chooses to return).
 */
export async function readStoredDrafts<T = { id: string; name: string; fields: Record<string, unknown>; deletedAt?: string }>(
  extensionPage: Page,
): Promise<T[]> {
  return extensionPage.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'icp-filing-helper')) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('icp-filing-helper');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = await new Promise<unknown[]>((ok) => {
      const r = db.transaction('drafts').objectStore('drafts').getAll();
      r.onsuccess = () => ok(r.result as unknown[]);
    });
    db.close();
    return all;
  }) as Promise<T[]>;
}

/** Everything in the extension's `storage.local` (settings, write-ahead copies), read from an extension page. */
export async function readExtensionLocal(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
  );
}
