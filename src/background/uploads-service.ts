import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import { uploadChecked, uploadInject } from '../uploads/messages';
import { withUploadCheck } from '../documents/progress';
import { draftRepository } from './drafts-service';

/** The unlisted upload-checker script (entrypoints/upload-check.ts). */
export const UPLOAD_CHECK_FILE = '/upload-check.js';

/**
 * Upload checks: the content script only notices a file pick and asks for the checker, which
 * is injected here into the sender's own tab and frame (never another), after the user's
 * trusted pick. The checker reports back only "checked, n warnings", recorded in the step
 * progress of the latest draft of that site.
 */
export function registerUploads(router: MessageRouter): void {
  router.handle(uploadInject, async (_req, sender) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined) throw new Error('uploads/inject: not sent from a tab');
    const b = browser as typeof browser & { scripting?: typeof browser.scripting };
    if (b.scripting?.executeScript) {
      await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UPLOAD_CHECK_FILE] });
    } else {
      await browser.tabs.executeScript(tabId, { frameId, file: UPLOAD_CHECK_FILE });
    }
    return { injected: true };
  });

  router.handle(uploadChecked, async ({ kind, warnings }, sender) => {
    const url = sender.tab?.url ?? sender.url;
    if (!url) return { recorded: false };
    const repo = draftRepository();
    const [latest] = await repo.findForOrigin(new URL(url).origin);
    if (!latest) return { recorded: false };
    const draft = await repo.require(latest.id);
    await repo.updateProgress(latest.id, withUploadCheck(draft.progress, kind, warnings, new Date().toISOString()));
    return { recorded: true };
  });
}
