/**
 * The message envelopes on the wire, without zod: `{type, payload}` out, `{ok, value}` /
 * `{ok: false, error}` back. Content scripts read them with these checks (they carry no zod);
 * the payloads themselves are parsed with zod by the more trusted side (define-message.ts).
 */

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Errors travel as values so the caller gets a clear message. */
export type ReplyEnvelope = { ok: true; value: unknown } | { ok: false; error: string };

export interface Envelope {
  type: string;
  payload: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** `{type, payload}` of a message, or undefined for anything else (not ours to answer). */
export function readEnvelope(raw: unknown): Envelope | undefined {
  if (!isObject(raw) || typeof raw.type !== 'string') return undefined;
  return { type: raw.type, payload: raw.payload };
}

/** The value of a reply to `type`; a missing, malformed or failed reply throws MessageError. */
export function replyValue(type: string, raw: unknown): unknown {
  if (isObject(raw) && raw.ok === true && 'value' in raw) return raw.value;
  if (isObject(raw) && raw.ok === false && typeof raw.error === 'string') throw new MessageError(`${type}: ${raw.error}`);
  throw new MessageError(`${type}: no valid reply (is the receiver running?)`);
}
