import type { Runtime } from 'webextension-polyfill';

/**
 * Origin binding: who really sent a message, as the browser tells it (`sender.origin`,
 * `sender.url`, `sender.frameId`), never what the content script's payload claims. A content
 * script in a cross-origin frame reports its own frame's origin here, whatever it writes.
 */

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True for the extension's own pages (popup, options, the restore prompt frame). */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const u = parse(sender.url);
  return !!u && EXTENSION_PROTOCOLS.has(u.protocol);
}

/** The web origin of a content script's frame; undefined for extension pages or unknown frames. */
export function pageOriginOf(sender: Runtime.MessageSender): string | undefined {
  if (isExtensionPage(sender)) return undefined;
  const claimed = (sender as { origin?: string }).origin;
  const fromUrl = parse(sender.url);
  const origin = claimed && claimed !== 'null' ? claimed : fromUrl && fromUrl.origin !== 'null' ? fromUrl.origin : undefined;
  if (!origin || !/^https?:\/\//.test(origin)) return undefined;
  return origin;
}

/** The sender's page origin, which must be the one its payload names; throws otherwise. */
export function requirePageOrigin(sender: Runtime.MessageSender, claimed?: string): string {
  const origin = pageOriginOf(sender);
  if (!origin) throw new Error('only a filing page may do this');
  if (claimed !== undefined && claimed !== origin) throw new Error('origin does not match the sending frame');
  return origin;
}
