import browser from 'webextension-polyfill';
import { pageGoToWarning } from '../content/messages';
import { sendToTab } from '../messaging/define-message';

/** Manifest `commands` → direction through the page's warnings. */
export const WARNING_COMMANDS: Readonly<Record<string, 1 | -1>> = { 'next-warning': 1, 'previous-warning': -1 };

/**
 * The keyboard shortcuts for the next / previous warning: the content script of the active
 * tab scrolls to the warning and focuses it. A tab without the helper simply does not answer.
 */
export function registerWarningCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const step = WARNING_COMMANDS[command];
    if (!step) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendToTab(id, pageGoToWarning, { step }).catch(() => undefined);
    })();
  });
}
