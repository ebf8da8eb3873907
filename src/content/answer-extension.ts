import browser, { type Runtime } from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { MessageDef, ReplyEnvelope } from '../messaging/define-message';

/**
 * Answers one typed message in the reply envelope (`{ok, value}` / `{ok:false, error}`):
 * MessageRouter answers through it, and so do content-script listeners that must decide per
 * frame whether to answer at all (the content script does not carry MessageRouter). Only the
 * extension's own contexts are answered (the popup drives the page).
 */
export async function answerExtension<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: unknown,
  sender: Runtime.MessageSender,
  fn: (req: output<Req>) => Promise<input<Res>> | input<Res>,
): Promise<ReplyEnvelope> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'sender not allowed' };
  const req = z.safeParse(def.request, payload);
  if (!req.success) return { ok: false, error: `invalid ${def.type}: ${req.error.issues[0]?.message ?? 'bad payload'}` };
  try {
    return { ok: true, value: z.parse(def.response, await fn(req.data)) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
