import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import { badgeUpdate, type FindingCounts } from '../content/messages';
import { badgeLook } from './badge-look';

/**
 * The action badge shows the number of errors on the page of each tab (summed over its
 * frames); the title also gives the warnings. Cleared when the tab loads a new page.
 */
export function registerBadge(router: MessageRouter): void {
  const perTab = new Map<number, Map<number, FindingCounts>>();

  async function apply(tabId: number): Promise<void> {
    let errors = 0;
    let warnings = 0;
    for (const c of perTab.get(tabId)?.values() ?? []) {
      errors += c.errors;
      warnings += c.warnings;
    }
    const look = badgeLook({ errors, warnings }, browser.i18n.getUILanguage());
    try {
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: look.text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
        browser.action.setTitle({ tabId, title: look.title }),
      ]);
    } catch {
      // The tab closed meanwhile.
    }
  }

  router.handle(badgeUpdate, async (counts, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return null;
    const frames = perTab.get(tabId) ?? new Map<number, FindingCounts>();
    frames.set(sender.frameId ?? 0, counts);
    perTab.set(tabId, frames);
    await apply(tabId);
    return null;
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document in the tab: its content script reports afresh.
    if (info.status === 'loading' && perTab.has(tabId)) {
      perTab.delete(tabId);
      void apply(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => perTab.delete(tabId));
}
