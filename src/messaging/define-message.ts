import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import browser from 'webextension-polyfill';

/**
 * A typed message between the extension's contexts. Both sides validate with zod: the
 * sender its request and the answer, the receiver the request (messages are a boundary).
 *
 * Typed against zod's core schema type so that the small `zod/mini` schemas (everything the
 * content script reaches: classic zod alone is ~60 KB of its bundle) and classic schemas
 * (background-only definitions) both fit.
 */
export interface MessageDef<Req extends $ZodType, Res extends $ZodType> {
  type: string;
  request: Req;
  response: Res;
}

export function defineMessage<Req extends $ZodType, Res extends $ZodType>(
  type: string,
  request: Req,
  response: Res,
): MessageDef<Req, Res> {
  return { type, request, response };
}

/** Envelope on the wire. Errors travel as values so the caller gets a clear message. */
const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Send to the background (from content scripts, popup, options). */
export async function sendToBackground<Req extends $ZodType, Res extends $ZodType>(
  def: MessageDef<Req, Res>,
  payload: input<Req>,
): Promise<output<Res>> {
  const request = z.parse(def.request, payload);
  const raw: unknown = await browser.runtime.sendMessage({ type: def.type, payload: request });
  return unwrapReply(def, raw);
}

/** Send to the content script of a tab (from the popup or the background). */
export async function sendToTab<Req extends $ZodType, Res extends $ZodType>(
  tabId: number,
  def: MessageDef<Req, Res>,
  payload: input<Req>,
): Promise<output<Res>> {
  const request = z.parse(def.request, payload);
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type: def.type, payload: request });
  return unwrapReply(def, raw);
}

function unwrapReply<Res extends $ZodType>(def: MessageDef<$ZodType, Res>, raw: unknown): output<Res> {
  const reply = z.safeParse(ReplySchema, raw);
  if (!reply.success) throw new MessageError(`${def.type}: no valid reply (is the receiver running?)`);
  if (!reply.data.ok) throw new MessageError(`${def.type}: ${reply.data.error}`);
  return z.parse(def.response, reply.data.value);
}

export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });
export type ReplyEnvelope = z.infer<typeof ReplySchema>;
