import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import { siteDisable, siteEnable, siteList } from '../content/messages';
import { SITE_SCRIPT_PREFIX, sitePattern, siteScriptId } from '../content/site-pattern';

/** The bundled content script (same file the manifest declares for the filing hosts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * Activation on sites other than the built-in filing hosts: the popup obtains the optional
 * host permission (user gesture), then asks here to register the content script for that
 * origin (kept across browser restarts) and to inject it into the open tab at once.
 */
export function registerSiteAccess(router: MessageRouter): void {
  router.handle(siteEnable, async ({ origin, tabId }) => {
    const pattern = sitePattern(origin);
    if (!(await browser.permissions.contains({ origins: [pattern] }))) {
      throw new Error(`no permission for ${origin}: the popup must request it first`);
    }
    const id = siteScriptId(origin);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length === 0) {
      await browser.scripting.registerContentScripts([
        { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    }
    let injected = false;
    if (tabId !== undefined) {
      try {
        await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
        injected = true;
      } catch {
        // Frames of other origins, or a tab that navigated away: the registration still holds.
      }
    }
    return { registered: true, injected };
  });

  router.handle(siteDisable, async ({ origin }) => {
    const removed = await unregister([siteScriptId(origin)]);
    await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
    return { removed };
  });

  router.handle(siteList, async () => ({ origins: await enabledOrigins() }));

  // Permission withdrawn in the browser's settings: stop registering the script there.
  browser.permissions.onRemoved.addListener((removed) => {
    const gone = new Set(removed.origins ?? []);
    if (gone.size === 0) return;
    void enabledOrigins().then((origins) =>
      unregister(origins.filter((o) => gone.has(sitePattern(o))).map(siteScriptId)),
    );
  });
}

async function enabledOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX)).map((s) => s.id.slice(SITE_SCRIPT_PREFIX.length));
}

async function unregister(ids: string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length === 0) return false;
  await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  return true;
}
