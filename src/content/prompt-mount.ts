import browser, { type Runtime } from 'webextension-polyfill';
import { pageRestore, promptChanged, promptClose, promptResize, promptState } from '../drafts/messages';
import { sendToBackground } from '../messaging/define-message';
import { readEnvelope } from '../messaging/envelope';
import { answerExtension } from '../messaging/answer-message';
import { createDraftsFrame } from './drafts-frame';
import type { DraftsPage, PromptMount } from './on-demand';

/**
 * The drafts prompt's mount (prompt-mount.js, injected when the page has a draft to offer or a
 * notice to show): shows the prompt's frame (src/restore-prompt, an extension page) for what
 * the drafts client holds, and answers the frame's messages. They carry the token this mount
 * gave the frame, reach every frame of the tab, and only the frame with that token answers; the
 * content script itself leaves every message with a token to this listener.
 */
export function mountPrompt(page: DraftsPage): PromptMount {
  const { win, session } = page;
  const frame = createDraftsFrame(win.document);
  /** While the frame is up: the token that routes its messages here, and its height. */
  let token: string | undefined;
  let height = 0;

  /** Shows, updates (the frame asks for the state again) or removes the frame. */
  function sync(): void {
    if (!page.offer() && !page.notice()) {
      frame.hide();
      token = undefined;
      return;
    }
    // Runtime messages reach every extension page, the frame included (it checks the token).
    if (token) void sendToBackground(promptChanged, { prompt: token }).catch(() => undefined);
    else {
      token = globalThis.crypto.randomUUID();
      height = 0;
    }
    frame.show(token, height);
  }

  const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = readEnvelope(raw);
    if (!env) return undefined;
    const { type, payload } = env;
    // Routing only (answerExtension validates the sender and the request).
    if (!token || (payload as { prompt?: unknown } | null)?.prompt !== token) return undefined;
    if (type === pageRestore.type) {
      return answerExtension(pageRestore, payload, sender, async (req) => {
        if (session.current().recognition.fields.length === 0) await new Promise((r) => setTimeout(r, 400));
        try {
          const restorer = await page.restorer();
          // The prompt shows its result itself.
          const { report, conflicts } = req.undo ? { report: await restorer.undo(), conflicts: [] } : await restorer.restore(req.draftId, req.keys, req.overwrite ?? false);
          return { ...report, conflicts };
        } catch (err) {
          page.failed(err instanceof Error ? err.message : String(err));
          throw err;
        }
      });
    }
    if (type === promptState.type) {
      return answerExtension(promptState, payload, sender, () => ({
        candidates: page.offer() ?? [],
        notice: page.notice() ?? null,
        pageKeys: session.current().recognition.fields.map((f) => f.key),
        page: win.location.origin + win.location.pathname,
      }));
    }
    if (type === promptResize.type) {
      return answerExtension(promptResize, payload, sender, (req) => {
        height = req.height;
        if (token) frame.show(token, height);
        return {};
      });
    }
    if (type === promptClose.type) {
      return answerExtension(promptClose, payload, sender, (req) => {
        page.close(req.part);
        return {};
      });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  return {
    sync,
    stop() {
      frame.hide();
      browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
