import type { Runtime } from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import { answerFromExtension } from './answer-from-extension';
import type { MessageDef } from './define-message';
import { MessageError, type ReplyEnvelope } from './envelope';

/**
 * Answers one typed message: the request parsed with its schema (a bad one is answered with
 * an error and `fn` never runs), the answer parsed with the answer's schema before it is sent.
 * Only the extension's own contexts are answered (answerFromExtension).
 */
export function answerExtension<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: unknown,
  sender: Runtime.MessageSender,
  fn: (req: output<Req>) => Promise<input<Res>> | input<Res>,
): Promise<ReplyEnvelope> {
  return answerFromExtension(sender, async () => {
    const req = z.safeParse(def.request, payload);
    if (!req.success) throw new MessageError(`invalid ${def.type}: ${req.error.issues[0]?.message ?? 'bad payload'}`);
    return z.parse(def.response, await fn(req.data));
  });
}
