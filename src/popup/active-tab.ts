import type { ActiveTab } from './services-types';

/** The part of `tabs` the popup needs (the polyfill's, or the raw API in the first render). */
export interface TabsApi {
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
}

/** The tab the popup acts on: `tabId` when given (`?tab=ID`), else the active tab. */
export async function activeTabVia(tabs: TabsApi, tabId?: number): Promise<ActiveTab | null> {
  const tab = tabId !== undefined ? await tabs.get(tabId) : (await tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  // Without the "tabs" permission the URL is known only where the extension has access
  // (activeTab after the toolbar click, enabled hosts); the content script answers anyway.
  const url = tab.url ?? '';
  return { tabId: tab.id, url, origin: webOrigin(url) };
}

/** `?tab=ID` of popup.html: the popup opened in its own tab or window acts on that tab. */
export function tabParam(params: URLSearchParams): number | undefined {
  const n = Number(params.get('tab'));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** `https://host[:port]` for web pages; null where the helper can never run. */
export function webOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The tab whose content script the popup may ask: not an extension page (the popup opened as a tab has none). */
export function pageTabOf(active: ActiveTab | null, ownOrigin: string): number | null {
  return active !== null && !active.url.startsWith(ownOrigin) ? active.tabId : null;
}
