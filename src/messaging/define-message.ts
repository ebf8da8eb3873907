import { z } from 'zod';
import browser from 'webextension-polyfill';

/**
 * A typed message between the extension's contexts. Both sides validate with zod: the
 * sender its request and the answer, the receiver the request (messages are a boundary).
 */
export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  type: string;
  request: Req;
  response: Res;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
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
export async function sendToBackground<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
  payload: z.input<Req>,
): Promise<z.output<Res>> {
  const request = def.request.parse(payload);
  const raw: unknown = await browser.runtime.sendMessage({ type: def.type, payload: request });
  return unwrapReply(def, raw);
}

/** Send to the content script of a tab (from the popup or the background). */
export async function sendToTab<Req extends z.ZodType, Res extends z.ZodType>(
  tabId: number,
  def: MessageDef<Req, Res>,
  payload: z.input<Req>,
): Promise<z.output<Res>> {
  const request = def.request.parse(payload);
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type: def.type, payload: request });
  return unwrapReply(def, raw);
}

function unwrapReply<Res extends z.ZodType>(def: MessageDef<z.ZodType, Res>, raw: unknown): z.output<Res> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${def.type}: no valid reply (is the receiver running?)`);
  if (!reply.data.ok) throw new MessageError(`${def.type}: ${reply.data.error}`);
  return def.response.parse(reply.data.value);
}

export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });
export type ReplyEnvelope = z.infer<typeof ReplySchema>;
