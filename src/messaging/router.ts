import type { $ZodType, input, output } from 'zod/v4/core';
import browser, { type Runtime } from 'webextension-polyfill';
import { answerExtension } from './answer-message';
import type { MessageDef } from './define-message';
import { readEnvelope, type ReplyEnvelope } from './envelope';

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
    const env = readEnvelope(raw);
    const entry = env && this.handlers.get(env.type);
    if (!env || !entry) return undefined;
    return answerExtension(entry.def, env.payload, sender, (req) => entry.fn(req, sender));
  }

  listen(): void {
    browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
      const env = readEnvelope(raw);
      if (!env || !this.handlers.has(env.type)) return undefined;
      return this.dispatch(raw, sender);
    });
  }
}
