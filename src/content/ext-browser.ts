/**
 * The extension API as the content script uses it, without webextension-polyfill (2.8 KB gzip
 * of a script injected into every filing frame). The build puts this module in place of
 * `webextension-polyfill` for the content script only (src/build/content-browser-shim.ts);
 * the scripts injected into the content script's world on demand (restore.js, prompt-mount.js,
 * warnings.js) use it too; extension pages and the background keep the polyfill.
 *
 * Firefox: its own promise-based `browser`, used as it is (the polyfill does the same).
 * Chrome (MV3): `chrome.*` already returns promises; what differs is only what the polyfill
 * adds for the calls the content script makes: an onMessage listener may answer with a
 * promise, and a message nobody answered resolves to undefined instead of failing.
 */
import type Browser from 'webextension-polyfill';

type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;
type ChromeEvent = { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void; hasListener(l: ChromeListener): boolean };
type ChromeLike = {
  runtime: { id?: string; getURL(p: string): string; sendMessage(m: unknown): Promise<unknown>; onMessage: ChromeEvent };
  storage?: unknown;
};

/** Chrome's text when a message is not answered; the polyfill resolves undefined for it. */
const NO_RESPONSE = 'The message port closed before a response was received.';

function fromChrome(chrome: ChromeLike): unknown {
  const wrapped = new Map<Listener, ChromeListener>();
  const onMessage = {
    addListener(listener: Listener): void {
      if (wrapped.has(listener)) return;
      const w: ChromeListener = (message, sender, sendResponse) => {
        const r = listener(message, sender) as Promise<unknown> | undefined;
        if (!r || typeof r.then !== 'function') return false;
        r.then(sendResponse, (err: unknown) =>
          // The polyfill's shape for a rejected answer: extension pages (polyfilled) reject with it.
          sendResponse({ __mozWebExtensionPolyfillReject__: true, message: err instanceof Error ? err.message : String(err) }),
        );
        return true;
      };
      wrapped.set(listener, w);
      chrome.runtime.onMessage.addListener(w);
    },
    removeListener(listener: Listener): void {
      const w = wrapped.get(listener);
      if (!w) return;
      wrapped.delete(listener);
      chrome.runtime.onMessage.removeListener(w);
    },
    hasListener: (listener: Listener): boolean => wrapped.has(listener),
  };
  const api = {
    runtime: {
      // Read each time: it becomes undefined once the extension is reloaded (WXT's context checks it).
      get id() {
        return chrome.runtime?.id;
      },
      getURL: (path: string) => chrome.runtime.getURL(path),
      sendMessage: (message: unknown) =>
        chrome.runtime.sendMessage(message).catch((err: unknown) => {
          if (err instanceof Error && err.message === NO_RESPONSE) return undefined;
          throw err;
        }),
      onMessage,
    },
  };
  // A string key: WXT's auto-import would take a bare \`storage\` name for its storage helper.
  Object.defineProperty(api, 'storage', { get: () => chrome['storage'] });
  return api;
}

function pick(): typeof Browser {
  const g = globalThis as { browser?: object; chrome?: ChromeLike };
  // Exactly the polyfill's test: a plain-object `browser` is the browser's own API.
  if (g.browser && Object.getPrototypeOf(g.browser) === Object.prototype) return g.browser as typeof Browser;
  return fromChrome(g.chrome!) as typeof Browser;
}

const browser = pick();
export default browser;
export { browser };
