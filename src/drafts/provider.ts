import { FILING_HOSTS, type ProviderId } from '../hosts/filing-hosts';

/** The provider whose filing system serves this URL; 'other' for sites the user enabled. */
export function providerForUrl(url: string): ProviderId | 'other' {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  for (const host of FILING_HOSTS) {
    for (const pattern of host.matches) {
      const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
      if (!m) continue;
      const [, scheme, hostname, path] = m;
      if (scheme !== '*' && `${scheme}:` !== u.protocol) continue;
      if (hostname !== u.hostname) continue;
      const prefix = path!.replace(/\*.*$/, '');
      if (u.pathname.startsWith(prefix) || `${u.pathname}/`.startsWith(prefix)) return host.provider;
    }
  }
  return 'other';
}
