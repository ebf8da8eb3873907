import type { FieldValues } from '../domain/draft-file';

/**
 * Which draft a page's values belong to: one filing runs over several pages (验证备案类型 →
 * 主体信息 → 网站信息 → 上传资料) and sometimes several days, and must stay one draft.
 * Pure: the background feeds it the drafts of the sender's origin.
 */

/** Query or fragment parameters under which the consoles put an order / filing id. */
const FILING_ID_PARAM = /^(?:order|orderid|orderno|order_id|order_no|filingid|filing_id|beianid|beian_id|icpid|icporderid|applyid|apply_id|applicationid|caseid|case_id|recordid|instanceid)$/i;
/** An id looks like one: 4–64 letters, digits, `-` or `_` with at least one digit. */
const ID_VALUE = /^(?=.*\d)[A-Za-z0-9_-]{4,64}$/;

/** The provider's order or filing id shown in the URL (query or `#/path?query`), if any. */
export function filingIdFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const hashQuery = u.hash.includes('?') ? u.hash.slice(u.hash.indexOf('?') + 1) : '';
  for (const params of [u.searchParams, new URLSearchParams(hashQuery)]) {
    for (const [k, v] of params) if (FILING_ID_PARAM.test(k) && ID_VALUE.test(v)) return v;
  }
  return undefined;
}

/** The values that identify a filing: subject document number, subject name, domains. */
export interface FilingIdentity {
  certNumber?: string;
  subjectName?: string;
  domains: string[];
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const domainNorm = (s: string): string => norm(s).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');

function one(v: FieldValues[string] | undefined): string | undefined {
  const s = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
  return s && s.trim() ? norm(s) : undefined;
}

export function identityOf(fields: FieldValues): FilingIdentity {
  const domains = new Set<string>();
  for (const [k, v] of Object.entries(fields)) {
    if (!/^website(\[\d+\])?\.domains$/.test(k)) continue;
    for (const d of typeof v === 'string' ? [v] : Array.isArray(v) ? v : []) if (d.trim()) domains.add(domainNorm(d));
  }
  const certNumber = one(fields['subject.certNumber']);
  const subjectName = one(fields['subject.name']);
  return { ...(certNumber ? { certNumber } : {}), ...(subjectName ? { subjectName } : {}), domains: [...domains] };
}

/**
 * `same`: an identifying value is equal and none differs; `different`: the document number or
 * the subject name differs (another filing); `unknown`: nothing to compare. Domains only ever
 * confirm: one filing may add websites, so a new domain is no proof of another filing.
 */
export function compareIdentity(a: FilingIdentity, b: FilingIdentity): 'same' | 'different' | 'unknown' {
  if (a.certNumber && b.certNumber && a.certNumber !== b.certNumber) return 'different';
  if (a.subjectName && b.subjectName && a.subjectName !== b.subjectName) return 'different';
  if (a.certNumber && a.certNumber === b.certNumber) return 'same';
  if (a.subjectName && a.subjectName === b.subjectName) return 'same';
  if (a.domains.some((d) => b.domains.includes(d))) return 'same';
  return 'unknown';
}

export interface DraftForMatch {
  id: string;
  url?: string;
  fields: FieldValues;
  updatedAt: string;
}

/**
 * The existing draft of the same filing for a page session that has none yet: the one with
 * the URL's order id, else the single draft whose identifying values match (several matches:
 * none, a wrong merge is worse than a second draft the user can merge by hand).
 */
export function findSameFiling(drafts: readonly DraftForMatch[], page: { url: string; fields: FieldValues }): string | undefined {
  const id = filingIdFromUrl(page.url);
  if (id) {
    const byId = drafts.filter((d) => filingIdFromUrl(d.url) === id);
    if (byId.length === 1) return byId[0]!.id;
  }
  const mine = identityOf(page.fields);
  const same = drafts.filter((d) => compareIdentity(mine, identityOf(d.fields)) === 'same');
  return same.length === 1 ? same[0]!.id : undefined;
}

/**
 * Candidates for the restore prompt in the order people want them on a new visit: the filing
 * of this URL's order id first, then drafts whose identifying values the page shows, then the
 * rest as given (most recent first).
 */
export function rankForPage<T extends DraftForMatch>(drafts: readonly T[], page: { url: string; fields: FieldValues }): T[] {
  const id = filingIdFromUrl(page.url);
  const mine = identityOf(page.fields);
  const score = (d: T): number => {
    if (id && filingIdFromUrl(d.url) === id) return 2;
    return compareIdentity(mine, identityOf(d.fields)) === 'same' ? 1 : 0;
  };
  return drafts
    .map((d, i) => ({ d, i, s: score(d) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.d);
}
