/**
 * Canonical field keys of ../shared/domain/CONTRACT.md. These are public names: drafts,
 * findings and the DOM hooks use them. Never rename; add freely.
 */

/** `idValidUntil`: the principal's ID document valid until (证件有效期, newer consoles). */
export const PRINCIPAL_SUBKEYS = ['name', 'idType', 'idNumber', 'mobile', 'phone', 'emergencyPhone', 'email', 'idValidUntil'] as const;
export type PrincipalSubkey = (typeof PRINCIPAL_SUBKEYS)[number];

export const SUBJECT_KEYS = [
  'subject.province',
  'subject.city',
  'subject.district',
  'subject.nature',
  'subject.certType',
  'subject.certNumber',
  /** The subject document valid until (证件有效期, newer consoles). */
  'subject.certValidUntil',
  'subject.name',
  'subject.certAddress',
  'subject.mailingAddress',
  'subject.investor',
  'subject.remarks',
  ...PRINCIPAL_SUBKEYS.map((s) => `subject.principal.${s}` as const),
] as const;

export const WEBSITE_SUBKEYS = [
  'name',
  'domains',
  'homepageUrl',
  'serviceContent',
  'language',
  'preApproval',
  'remarks',
  'icpNumber',
  ...PRINCIPAL_SUBKEYS.map((s) => `principal.${s}` as const),
] as const;
export type WebsiteSubkey = (typeof WEBSITE_SUBKEYS)[number];

/** Keys only newer consoles ask for (document validity); the 2019 forms have none of them. */
export const NEWER_CONSOLE_KEYS: readonly string[] = ['subject.certValidUntil', 'subject.principal.idValidUntil'];

/** Keys whose value is a list of strings. */
export const LIST_SUBKEYS: ReadonlySet<string> = new Set(['domains', 'serviceContent', 'language']);

/** `website.name` for the first website, `website[1].name` for the second, and so on. */
export function websiteKey(index: number, sub: WebsiteSubkey | string): string {
  return index === 0 ? `website.${sub}` : `website[${index}].${sub}`;
}

export interface ParsedKey {
  section: 'subject' | 'website';
  /** Website index (0 for the subject and the first website). */
  index: number;
  /** The part after the section, e.g. `principal.mobile`, `domains`, `certAddress`. */
  sub: string;
}

const KEY_RE = /^(subject|website)(?:\[(\d+)\])?\.(.+)$/;

export function parseFieldKey(key: string): ParsedKey | null {
  const m = KEY_RE.exec(key);
  if (!m) return null;
  const section = m[1] as ParsedKey['section'];
  const index = m[2] === undefined ? 0 : Number(m[2]);
  if (section === 'subject' && m[2] !== undefined) return null;
  return { section, index, sub: m[3]! };
}

export function isCanonicalKey(key: string): boolean {
  const p = parseFieldKey(key);
  if (!p) return false;
  if (p.section === 'subject') return (SUBJECT_KEYS as readonly string[]).includes(key);
  return (WEBSITE_SUBKEYS as readonly string[]).includes(p.sub);
}

/** Website indexes present among the given keys, ascending (always includes 0). */
export function websiteIndexes(keys: Iterable<string>): number[] {
  const set = new Set<number>([0]);
  for (const k of keys) {
    const p = parseFieldKey(k);
    if (p?.section === 'website') set.add(p.index);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * Secret inputs recognised on filing pages. Their values are never read into drafts,
 * findings, messages or logs (CONTRACT.md, "Never stored").
 */
export const SECRET_KINDS = ['captcha', 'smsCode', 'icpPassword'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];
