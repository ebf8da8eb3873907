/**
 * Site activation naming, shared by the popup helpers and the background. Match patterns
 * take the host without the port (Firefox refuses ports; without one Chrome matches every
 * port), so enabling http://127.0.0.2:8080 covers that host on any port.
 */
export const SITE_SCRIPT_PREFIX = 'site-';

/** `https://example.com` from a page URL; null for anything but http(s) pages. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The host permission / match pattern that covers an origin. */
export function sitePattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The id of the dynamically registered content script for an origin. */
export function siteScriptId(origin: string): string {
  return SITE_SCRIPT_PREFIX + origin;
}
