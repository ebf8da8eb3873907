import { disableSite, enableSite, siteStatus } from '../content/site-activation-api';
import type { ActiveTab, SiteState } from './services-types';

/** Whether the helper runs on the active tab's origin: built in, enabled by the user, or off. */
export async function siteStateFor(tab: ActiveTab): Promise<SiteState | null> {
  if (!tab.origin) return null;
  const status = await siteStatus(tab.url);
  if (status === 'unsupported') return null;
  return { origin: tab.origin, builtIn: status === 'built-in', enabled: status !== 'available' };
}

/**
 * Must run straight from the click: `enableSite` calls `permissions.request` first, which
 * needs the user gesture. Injects into the tab now, so no reload is needed when it works.
 */
export async function enableSiteFromClick(origin: string, tabId?: number): Promise<boolean> {
  const r = await enableSite(origin, tabId);
  return r.granted;
}

export async function disableSiteOrigin(origin: string): Promise<void> {
  await disableSite(origin);
}
