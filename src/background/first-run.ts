import browser from 'webextension-polyfill';

/**
 * Opens the first-run page once, when the extension is installed (not on updates). Test and
 * demo builds open it in the background so that the page they drive stays the active tab.
 */
export function registerFirstRun(inBackground = false): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: !inBackground });
  });
}
