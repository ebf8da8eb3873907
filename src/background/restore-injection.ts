import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import { injectScript } from '../content/messages';
import { ON_DEMAND } from '../content/on-demand';

/** The unlisted script holding the fill engine (entrypoints/restore.ts). */
export const RESTORE_SCRIPT_FILE = ON_DEMAND.restore.file;

/**
 * Injects the content script's on-demand scripts (src/content/on-demand.ts: restore.js, the fill
 * engine, after the user chose to restore; prompt-mount.js, the drafts prompt's mount, when there
 * is something to show) into the frame of the content script that asks, never into another tab
 * or frame. Chrome MV3: `scripting.executeScript`; Firefox MV2: `tabs.executeScript`. Both run
 * the file in the content script's isolated world, where it leaves its code for the content script.
 */
export function registerRestoreInjection(router: MessageRouter): void {
  router.handle(injectScript, async ({ script }, sender) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined || !/^https?:/.test(sender.url ?? '')) throw new Error('inject/script: only a content script in a web page may ask');
    const file = ON_DEMAND[script].file;
    if (browser.runtime.getManifest().manifest_version === 2) {
      await browser.tabs.executeScript(tabId, { frameId, file });
    } else {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    }
    return { injected: true };
  });
}
