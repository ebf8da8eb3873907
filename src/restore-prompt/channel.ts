import type { $ZodType, input, output } from 'zod/v4/core';
import { promptRelay } from '../drafts/messages';
import { sendToBackground, sendVia, type MessageDef } from '../messaging/define-message';

/**
 * The prompt's line to the content script that mounted it, relayed by the background to the
 * prompt's own tab (`prompt/relay`; Firefox has no `tabs` API in this frame). The token in the
 * frame's URL fragment names that content script: every frame of the tab gets the message, only
 * the one holding the token answers. Extension messaging only: nothing the page posts is
 * listened to.
 */
export function promptChannel(token = location.hash.slice(1)) {
  return {
    token,
    send<Req extends $ZodType, Res extends $ZodType>(def: MessageDef<Req, Res>, payload: input<Req>): Promise<output<Res>> {
      return sendVia(def, payload, (message) => sendToBackground(promptRelay, message as { type: string; payload: unknown }));
    },
  };
}

export type PromptChannel = ReturnType<typeof promptChannel>;
