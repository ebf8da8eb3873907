/**
 * Build step (wxt.config.ts, `vite:build:extendConfig`): in the content script's build only,
 * `webextension-polyfill` (imported directly and through `wxt/browser`) resolves to
 * src/content/ext-browser.ts, the few calls the content script makes on the browser's own API.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const CONTENT_BROWSER_SHIM = fileURLToPath(new URL('../content/ext-browser.ts', import.meta.url));

export function contentBrowserShim(): Plugin {
  return {
    name: 'icp-content-browser-shim',
    enforce: 'pre',
    resolveId(source) {
      return source === 'webextension-polyfill' ? CONTENT_BROWSER_SHIM : null;
    },
  };
}
