import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import browser from 'webextension-polyfill';
import { replyValue } from './envelope';

/**
 * A typed message between the extension's contexts. Both sides validate with zod: the
 * receiver the request, the sender the answer, and the sender its request too except towards
 * the background, which parses every request it receives (sendToBackground: a content script
 * would otherwise parse the whole form's values at every page load).
 *
 * Typed against zod's core schema type so that the small `zod/mini` schemas (everything the
 * content script reaches: classic zod alone is ~60 KB of its bundle) and classic schemas
 * (background-only definitions) both fit.
 */
export interface MessageDef<Req extends $ZodType, Res extends $ZodType, T extends string = string> {
  readonly type: T;
  readonly request: Req;
  readonly response: Res;
}

/**
 * Each schema may be given as a thunk: it is then built on first use, so a content script
 * does not build, at every page load, the schemas of messages it may never send or answer.
 * Marked free of side effects so that bundles drop the definitions they never use.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessage<Req extends $ZodType, Res extends $ZodType, const T extends string = string>(
  type: T,
  request: Req | (() => Req),
  response: Res | (() => Res),
): MessageDef<Req, Res, T> {
  let req: Req | undefined;
  let res: Res | undefined;
  return {
    type,
    get request() {
      return (req ??= typeof request === 'function' ? request() : request);
    },
    get response() {
      return (res ??= typeof response === 'function' ? response() : response);
    },
  };
}

/** Any message's definition, for code typed by the message (postToBackground). */
export type AnyMessageDef = MessageDef<$ZodType, $ZodType, string>;

export { MessageError, type ReplyEnvelope } from './envelope';

/**
 * Send to the background (from content scripts, popup, options). The request is not parsed
 * here: the background parses every request it receives (MessageRouter → answerExtension) and
 * answers a bad one with an error, and a content script would otherwise parse the whole form's
 * values at every page load (`rules/check`). The answer is parsed as with every transport.
 */
export function sendToBackground<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: input<Req>,
): Promise<output<Res>> {
  return sendVia(def, payload, (message) => browser.runtime.sendMessage(message), false);
}

/** Send to the content script of a tab (from the popup or the background). */
export function sendToTab<Req extends $ZodType, Res extends $ZodType>(
  tabId: number,
  def: MessageDef<Req, Res>,
  payload: input<Req>,
): Promise<output<Res>> {
  return sendVia(def, payload, (message) => browser.tabs.sendMessage(tabId, message));
}

/**
 * Send through any transport (`post` delivers `{type, payload}` and resolves to the receiver's
 * reply envelope), e.g. relayed by the background: validated both ways like the others
 * (`parseRequest` false only where the receiver is known to parse it: sendToBackground).
 */
export async function sendVia<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: input<Req>,
  post: (message: unknown) => Promise<unknown>,
  parseRequest = true,
): Promise<output<Res>> {
  const raw = await post({ type: def.type, payload: parseRequest ? z.parse(def.request, payload) : payload });
  return z.parse(def.response, replyValue(def.type, raw));
}
