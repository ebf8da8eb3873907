import browser from 'webextension-polyfill';
import type { input, output } from 'zod/v4/core';
import type { AnyMessageDef } from './define-message';
import { replyValue } from './envelope';

/**
 * Content script → background, by the message's name (typed by its definition, imported as a
 * type only): the content script then carries no zod, about a quarter of its bundle, compiled
 * at every page load. Nothing is lost: the background parses every request it receives with
 * the message's schema, and its own answer with the answer's schema before sending it
 * (answerExtension); a content script, which runs in the page's process, is the less trusted
 * side of this channel and has nothing to check in what the background says beyond the envelope.
 */
export async function postToBackground<D extends AnyMessageDef>(type: D['type'], payload: input<D['request']>): Promise<output<D['response']>> {
  const raw = await browser.runtime.sendMessage({ type, payload });
  return replyValue(type, raw) as output<D['response']>;
}
