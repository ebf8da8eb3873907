import browser, { type Runtime } from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { MessageDef } from '../messaging/define-message';

/**
 * Answers one typed message in a content script, in the router's envelope (`{ok, value}` /
 * `{ok:false, error}`), for listeners that must decide per frame whether to answer at all
 * (a MessageRouter always answers). Only the extension itself (the popup) may drive the page.
 */
export async function answerExtension<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: unknown,
  sender: Runtime.MessageSender,
  fn: (req: output<Req>) => Promise<input<Res>>,
): Promise<unknown> {
  // Only the extension itself (popup) may drive the page.
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'sender not allowed' };
  const req = z.safeParse(def.request, payload);
  if (!req.success) return { ok: false, error: `invalid ${def.type}: ${req.error.issues[0]?.message ?? 'bad payload'}` };
  try {
    return { ok: true, value: z.parse(def.response, await fn(req.data)) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
