import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import { restoreLoadEngine } from '../content/messages';

/** The unlisted script holding the fill engine (entrypoints/restore.ts). */
export const RESTORE_SCRIPT_FILE = '/restore.js';

/**
 * Injects the fill engine on demand into the frame of the content script that asks (it asks
 * only while handling a restore the user chose), never into another tab or frame. Chrome MV3:
 * `scripting.executeScript`; Firefox MV2: `tabs.executeScript`. Both run the file in the
 * content script's isolated world, where it leaves the engine for the content script.
 */
export function registerRestoreInjection(router: MessageRouter): void {
  router.handle(restoreLoadEngine, async (_req, sender) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined || !/^https?:/.test(sender.url ?? '')) throw new Error('restore/load-engine: only a content script in a web page may ask');
    if (browser.runtime.getManifest().manifest_version === 2) {
      await browser.tabs.executeScript(tabId, { frameId, file: RESTORE_SCRIPT_FILE });
    } else {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [RESTORE_SCRIPT_FILE] });
    }
    return { injected: true };
  });
}
