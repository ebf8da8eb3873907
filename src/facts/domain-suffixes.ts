import { cite } from './sources';

/**
 * Domain suffixes that can be filed (approved by the MIIT, "国家批复的顶级域名"), from
 * Tencent Cloud's list updated 2020-07-24 (TX20), with the 2019 Alibaba statement (ALI19-rej)
 * that .org, .cc, .tv and .name were not approved. Where they conflict both are kept with dates.
 * The MIIT adds suffixes over time: anything not listed is reported as "not known to be
 * fileable" (a warning), not as certainly refused. Authority: 域名.信息 (domain.miit.gov.cn).
 */
export interface DomainSuffixFact {
  /** Without the leading dot, lower case, Unicode for Chinese suffixes. */
  suffix: string;
  /** Fileable from this day (absent: since before the sources). */
  since?: string;
  /** Only for these subject kinds (党政机关 / 非营利 …), when the suffix is restricted. */
  onlyFor?: 'government' | 'nonprofit' | 'military' | 'education' | 'research';
  source: string;
  note?: string;
}

const TX20 = cite('TX20');
const TX20_DAY = '2020-07-24';
const SEED003_DAY = '2019-02-19';
const SEED003_NOTE3 = cite('seed-003', { en: '§3 step 4 note 3 (Beijing: fileable and not yet fileable suffixes)', zh: '第3节第4步注3（北京：可备案与暂不可备案的后缀）' });

const OPEN_SUFFIXES = [
  '中国', 'cn', 'org.cn', 'net.cn', 'com.cn',
  'bj.cn', 'tj.cn', 'sh.cn', 'cq.cn', 'he.cn', 'sx.cn', 'nm.cn', 'ln.cn', 'jl.cn', 'hl.cn', 'js.cn', 'zj.cn', 'ah.cn',
  'fj.cn', 'jx.cn', 'sd.cn', 'ha.cn', 'hb.cn', 'hn.cn', 'gd.cn', 'gx.cn', 'hi.cn', 'sc.cn', 'gz.cn', 'yn.cn', 'xz.cn',
  'sn.cn', 'qh.cn', 'nx.cn', 'xj.cn', 'tw.cn', 'hk.cn', 'mo.cn',
  '公司', '网络', '网址', '商城', '网店', '中信', '商标', '广东', '佛山', '信息', '手机', '在线', '中文网', '集团', '我爱你',
  '商店', '企业', '娱乐', '游戏', '购物', '餐厅', '招聘', '时尚', '移动', '网站',
  'ren', 'wang', 'citic', 'top', 'sohu', 'xin', 'com', 'net', 'club', 'vip', 'site', 'shop', 'ink', 'info',
  'mobi', 'red', 'pro', 'kim', 'ltd', 'group', 'biz', 'auto', 'link', 'work', 'law', 'beer', 'store', 'tech', 'fun',
  'online', 'art', 'design', 'wiki', 'love', 'center', 'video', 'social', 'team', 'show', 'cool', 'zone', 'world',
  'today', 'city', 'chat', 'company', 'live', 'fund', 'gold', 'plus', 'guru', 'run', 'pub', 'email', 'life',
  'fashion', 'fit', 'luxe', 'yoga', 'baidu', 'cloud', 'host', 'space', 'press', 'website', 'archi', 'bio',
  'black', 'blue', 'green', 'lotto', 'organic', 'pet', 'pink', 'poker', 'promo', 'ski', 'vote', 'voto', 'icu', 'fans',
];

export const DOMAIN_SUFFIXES: readonly DomainSuffixFact[] = [
  ...OPEN_SUFFIXES.map((suffix) => ({ suffix, source: TX20 })),
  { suffix: 'gov.cn', onlyFor: 'government', source: TX20 },
  { suffix: '政务.cn', onlyFor: 'government', source: TX20 },
  { suffix: '政务', onlyFor: 'government', source: TX20 },
  { suffix: '公益.cn', onlyFor: 'nonprofit', source: TX20 },
  { suffix: '公益', onlyFor: 'nonprofit', source: TX20 },
  { suffix: 'mil.cn', onlyFor: 'military', source: TX20 },
  { suffix: 'edu.cn', onlyFor: 'education', source: TX20 },
  { suffix: 'ac.cn', onlyFor: 'research', source: TX20 },
  // Seed 003 (issue 2019-02-19, §3 step 4 note 3) lists .org/.cc/.tv among the suffixes
  // commonly fileable in Beijing; ALI19-rej (2018-12) had called them unapproved. Dated, the
  // newer seed wins from its issue day.
  ...(['org', 'cc', 'tv'] as const).map((suffix) => ({
    suffix,
    since: SEED003_DAY,
    source: `${SEED003_NOTE3}; ${TX20}`,
    note: `Conflict: ALI19-rej (2018-12) lists .${suffix} as not approved; seed 003 (2019-02-19) lists it as fileable. Fileable from 2019-02-19.`,
  })),
  // Seed 003 (2019-02-19) names .co/.xyz/.asia as not yet fileable; Tencent's list of
  // 2020-07-24 has them. The approval day in between is unknown, so the later date is used.
  ...(['co', 'xyz', 'asia'] as const).map((suffix) => ({
    suffix,
    since: TX20_DAY,
    source: `${SEED003_NOTE3}; ${TX20}`,
    note: `Conflict: seed 003 (2019-02-19) lists .${suffix} as not yet fileable; Tencent (2020-07-24) lists it as fileable. Fileable from 2020-07-24 (the exact approval day is unknown).`,
  })),
];

/** Suffixes a source names as not approved (error rather than "unknown" warning), with the day a newer source contradicts it. */
export const UNAPPROVED_SUFFIXES: readonly { suffix: string; source: string; until?: string }[] = [
  { suffix: 'name', source: cite('ALI19', '-rej') },
  ...(['org', 'cc', 'tv'] as const).map((suffix) => ({ suffix, source: cite('ALI19', '-rej'), until: SEED003_DAY })),
  ...(['co', 'xyz', 'asia'] as const).map((suffix) => ({ suffix, source: SEED003_NOTE3, until: TX20_DAY })),
  ...(['hk', 'tw', 'jp', 'so', 'me'] as const).map((suffix) => ({ suffix, source: SEED003_NOTE3 })),
];

const BY_SUFFIX = new Map(DOMAIN_SUFFIXES.map((d) => [d.suffix, d]));
const MAX_LABELS = 2;

/**
 * The longest known suffix of a domain (`www.example.com.cn` → `com.cn`), or the last label
 * when none is known. `fact` is undefined for unknown suffixes.
 */
export function domainSuffixOf(domain: string): { suffix: string; fact: DomainSuffixFact | undefined } {
  const labels = domain.split('.');
  for (let n = Math.min(MAX_LABELS, labels.length - 1); n >= 1; n--) {
    const suffix = labels.slice(-n).join('.');
    const fact = BY_SUFFIX.get(suffix);
    if (fact) return { suffix, fact };
  }
  return { suffix: labels[labels.length - 1] ?? '', fact: undefined };
}

/** The registrable (filed) domain: one label plus its suffix (`blog.example.com.cn` → `example.com.cn`). */
export function registrableDomain(domain: string): string {
  const { suffix } = domainSuffixOf(domain);
  const labels = domain.split('.');
  const n = suffix.split('.').length + 1;
  return labels.slice(-n).join('.');
}
