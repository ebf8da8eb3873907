import browser from 'webextension-polyfill';
import type { $ZodType, input, output } from 'zod/v4/core';
import { sendToTab, type MessageDef } from '../messaging/define-message';

/**
 * The prompt's line to the content script that mounted it. The token in the frame's URL
 * fragment names that content script (every frame of the tab gets a tab message; only the one
 * with this token answers). Extension messaging only: nothing the page posts is listened to.
 */
export function promptChannel(token = location.hash.slice(1)) {
  const tabId = browser.tabs.getCurrent().then((tab) => {
    if (tab?.id === undefined) throw new Error('the restore prompt is not in a tab');
    return tab.id;
  });
  return {
    token,
    async send<Req extends $ZodType, Res extends $ZodType>(def: MessageDef<Req, Res>, payload: input<Req>): Promise<output<Res>> {
      return sendToTab(await tabId, def, payload);
    },
  };
}

export type PromptChannel = ReturnType<typeof promptChannel>;
