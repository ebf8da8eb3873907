import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import browser, { type Runtime } from 'webextension-polyfill';
import { answerExtension } from '../content/answer-extension';
import { EnvelopeSchema, type MessageDef, type ReplyEnvelope } from './define-message';

type AnyHandler = (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown> | unknown;

/**
 * One `runtime.onMessage` listener per context, dispatching on `type`. Only the extension's
 * own contexts are answered: a page cannot reach it (no externally_connectable), and a
 * message from another extension is refused.
 */
export class MessageRouter {
  private readonly handlers = new Map<string, { def: MessageDef<$ZodType, $ZodType>; fn: AnyHandler }>();

  handle<Req extends $ZodType, Res extends $ZodType>(
    def: MessageDef<Req, Res>,
    fn: (payload: output<Req>, sender: Runtime.MessageSender) => Promise<input<Res>> | input<Res>,
  ): this {
    if (this.handlers.has(def.type)) throw new Error(`duplicate handler for ${def.type}`);
    this.handlers.set(def.type, { def, fn: fn as AnyHandler });
    return this;
  }

  /** Handle one raw message; `undefined` means "not mine" (let another listener answer). */
  async dispatch(raw: unknown, sender: Runtime.MessageSender): Promise<ReplyEnvelope | undefined> {
    const env = z.safeParse(EnvelopeSchema, raw);
    if (!env.success) return undefined;
    const entry = this.handlers.get(env.data.type);
    if (!entry) return undefined;
    return answerExtension(entry.def, env.data.payload, sender, (req) => entry.fn(req, sender));
  }

  listen(): void {
    browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
      const env = z.safeParse(EnvelopeSchema, raw);
      if (!env.success || !this.handlers.has(env.data.type)) return undefined;
      return this.dispatch(raw, sender);
    });
  }
}
