import browser from 'webextension-polyfill';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BUILT_IN_MATCHES } from '../hosts/filing-hosts';
import { sendToBackground } from '../messaging/define-message';
import { siteDisable, siteEnable, siteList } from './messages';
import { originOf, sitePattern } from './site-pattern';

/**
 * Site activation for the popup (runs in extension pages, not in content scripts).
 *
 * enableSite MUST be called straight from the click handler: `permissions.request` needs the
 * user gesture, and it is the first thing it awaits.
 */

export type SiteStatus = 'built-in' | 'enabled' | 'available' | 'unsupported';
export { originOf };

export interface EnableResult {
  /** The user granted the host permission. */
  granted: boolean;
  /** The content script is registered for the origin (future visits). */
  registered: boolean;
  /** The content script was injected into the tab now. */
  injected: boolean;
}

/** Asks for the host permission, registers the content script and injects it into `tabId`. */
export async function enableSite(origin: string, tabId?: number): Promise<EnableResult> {
  const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
  if (!granted) return { granted: false, registered: false, injected: false };
  const res = await sendToBackground(siteEnable, { origin, tabId });
  return { granted: true, ...res };
}

/** Unregisters the content script for the origin and gives the host permission back. */
export async function disableSite(origin: string): Promise<void> {
  await sendToBackground(siteDisable, { origin });
}

/** Origins the user enabled (the built-in filing hosts are not listed). */
export async function listEnabledSites(): Promise<string[]> {
  return (await sendToBackground(siteList, {})).origins;
}

/** Whether the helper runs on this URL by itself, was enabled by the user, or can be. */
export async function siteStatus(url: string | undefined): Promise<SiteStatus> {
  if (isBuiltInFilingUrl(url)) return 'built-in';
  const origin = originOf(url);
  if (!origin) return 'unsupported';
  return (await listEnabledSites()).includes(origin) ? 'enabled' : 'available';
}

export function isBuiltInFilingUrl(url: string | undefined): boolean {
  if (!url) return false;
  return BUILT_IN_MATCHES.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}
