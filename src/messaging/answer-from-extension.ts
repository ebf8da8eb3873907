import browser, { type Runtime } from 'webextension-polyfill';
import type { ReplyEnvelope } from './envelope';

/**
 * Answers a message in the reply envelope (`{ok, value}` / `{ok:false, error}`), only to the
 * extension's own contexts (the popup and the background drive the page). Without zod, for the
 * content script: what it answers, the asking extension page parses with the answer's schema,
 * and what it is asked, that page parsed before sending (sendToTab); `run` checks the few
 * request fields it reads (throwing an Error with a clear message). MessageRouter and the
 * on-demand scripts parse with the message's schemas (answer-message.ts).
 */
export async function answerFromExtension(sender: Runtime.MessageSender, run: () => unknown): Promise<ReplyEnvelope> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'sender not allowed' };
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
