const SCHEME = /^[a-z][a-z0-9+.\-]*:\/\//i;
const LABEL = /^(?!-)[a-z0-9\-\u4e00-\u9fff]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const FULLWIDTH_DOT = /[。．｡]/g;

export interface NormalizedHost {
  host: string;
  /** The input had a scheme, path, port or query around the host. */
  hadExtras: boolean;
}

/** Host part of a domain or URL typed by a user: lower case, no scheme/path/port, no trailing dot. */
export function normalizeHost(raw: string): NormalizedHost {
  let s = raw.trim().replace(FULLWIDTH_DOT, '.').toLowerCase();
  let hadExtras = false;
  if (SCHEME.test(s)) {
    s = s.replace(SCHEME, '');
    hadExtras = true;
  }
  const cut = s.search(/[/?#:]/);
  if (cut >= 0) {
    hadExtras = true;
    s = s.slice(0, cut);
  }
  if (s.endsWith('.')) s = s.slice(0, -1);
  return { host: s, hadExtras };
}

export function isValidHostname(host: string): boolean {
  if (!host || host.length > 253 || IPV4.test(host)) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  return labels.every((l) => LABEL.test(l));
}

export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/** Is `host` the domain itself or one of its subdomains? */
export function isOnDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
