import { DOMAIN_SUFFIXES, domainSuffixOf, UNAPPROVED_SUFFIXES, type DomainSuffixFact } from '../facts/domain-suffixes';
import { readableSourceLines } from '../facts/source-citation';
import { cite } from '../facts/sources';
import type { SubjectKind } from '../facts/subject-natures';
import type { RuleContext } from './context';
import { defineRule, type Problem } from './rule';
import { isValidHostname } from './support/domain';

type Msg = 'unapproved' | 'unknown' | 'restricted' | 'government' | 'institution';

/** Domains must end in a suffix the MIIT approved; some suffixes are reserved for some subjects. */
export const domainSuffix = defineRule({
  id: 'domain-suffix',
  since: '2018-01-01',
  severity: 'error',
  fields: ['website[*].domains', 'subject.nature'],
  description: {
    zh: '域名后缀须为工信部批复、可备案的顶级域；.gov.cn/.政务 仅限党政机关，事业单位使用 .cn 或 .公益。',
    en: 'Domain suffixes must be approved by the MIIT for filing; .gov.cn/.政务 are for Party and government bodies only, and public institutions use .cn or .公益.',
  },
  messages: {
    unapproved: {
      zh: '域名“{domain}”的后缀 .{suffix} 未获工信部批复，不能备案（{sourceZh}）。请改用可备案的域名（如 .cn、.com、.net）。',
      en: 'The suffix .{suffix} of "{domain}" is not approved by the MIIT and cannot be filed ({source}). Use a fileable domain (e.g. .cn, .com, .net).',
    },
    unknown: {
      zh: '域名“{domain}”的后缀 .{suffix} 不在已知可备案后缀列表中。请在“域名.信息”（domain.miit.gov.cn）查询该后缀是否获批，且域名须在境内注册商注册。',
      en: 'The suffix .{suffix} of "{domain}" is not on the known list of fileable suffixes. Check on 域名.信息 (domain.miit.gov.cn) that it is approved; the domain must also be registered with a mainland registrar.',
      severity: 'warning',
    },
    restricted: {
      zh: '域名“{domain}”的后缀 .{suffix} 仅限{who}使用，与主办单位性质“{nature}”不符。',
      en: 'The suffix .{suffix} of "{domain}" is reserved for {whoEn}; it does not fit the subject type "{nature}".',
    },
    government: {
      zh: '党政机关网站的域名须以 .gov.cn 或 .政务 结尾（“{domain}”不是）。',
      en: 'Party and government bodies must use a .gov.cn or .政务 domain ("{domain}" is not one).',
      severity: 'warning',
    },
    institution: {
      zh: '事业单位网站的域名须以 .cn 或 .公益 结尾（“{domain}”不是）。',
      en: 'Public institutions must use a .cn or .公益 domain ("{domain}" is not one).',
      severity: 'warning',
    },
  },
  why: {
    zh: '自2018年1月1日起，管局核验备案域名：须为国家批复的顶级域、境内注册商注册、已实名认证，且域名持有者与主办单位一致；不符合的备案会被驳回。',
    en: 'Since 2018-01-01 the administrations verify filed domains: an approved top-level domain, a mainland registrar, real-name verified, held by the subject. Filings that fail are rejected.',
  },
  sources: [cite('TX20'), cite('ALI19', { en: '-rej (域名核验, unapproved .org/.cc/.tv/.name)', zh: '（域名核验，.org/.cc/.tv/.name 未获批）' }), cite('seed-003', { en: '§3 step 4 note 3 (Beijing suffixes)', zh: '第3节第4步注3（北京可备案后缀）' }), cite('HW', '事业单位 .cn/.公益, 党政机关 .gov.cn/.政务'), cite('seed-003', { en: '§6 (domain name verification from 2018-01-01)', zh: '第6节（自 2018-01-01 起核验域名）' })],
  conflicts: [
    {
      note: {
        zh: 'ALI19 驳回原因（2018-12）称 .org、.cc、.tv、.name 未获批；阿里云《ICP备案流程》（2019-02-19）第3节第4步注3把 .org、.cc、.tv 列为北京常见可备案后缀：这三个后缀自2019-02-19起视为可备案，.name 仍未获批。',
        en: 'ALI19\'s rejection reasons (2018-12) call .org, .cc, .tv and .name unapproved; Alibaba Cloud\'s ICP Filing Procedures (2019-02-19) §3 step 4 note 3 list .org, .cc and .tv as commonly fileable in Beijing: those three count as fileable from 2019-02-19; .name stays unapproved.',
      },
      sources: [cite('ALI19', '-rej'), cite('seed-003', '§3 step 4 note 3')],
    },
    {
      note: {
        zh: '阿里云《ICP备案流程》（2019-02-19）称 .co、.xyz、.asia、.hk、.tw、.jp、.so、.me 暂不支持备案；腾讯云2020-07-24的列表含 .co、.xyz、.asia：这三个后缀自2020-07-24起视为可备案（确切批复日未知），其余仍不能备案。',
        en: 'Alibaba Cloud\'s ICP Filing Procedures (2019-02-19) say .co, .xyz, .asia, .hk, .tw, .jp, .so and .me cannot be filed yet; Tencent\'s list of 2020-07-24 includes .co, .xyz and .asia: those three count as fileable from 2020-07-24 (the exact approval day is unknown); the others stay unfileable.',
      },
      sources: [cite('seed-003', '§3 step 4 note 3'), cite('TX20')],
    },
  ],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    const kind = ctx.subjectKind;
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'domains');
      for (const { host } of ctx.domainHosts(i)) {
        if (!isValidHostname(host)) continue; // domain-format reports it
        const p = judge(host, kind, ctx);
        if (p) out.push({ field, ...p, params: { domain: host, nature: ctx.str('subject.nature'), ...p.params } });
      }
    }
    return out;
  },
});

const WHO: Record<NonNullable<DomainSuffixFact['onlyFor']>, [string, string, SubjectKind[]]> = {
  government: ['党政机关', 'Party and government bodies', ['government']],
  nonprofit: ['非营利性机构', 'non-profit bodies', ['institution', 'social', 'government']],
  military: ['国防机构', 'defence bodies', ['military']],
  education: ['教育机构', 'educational institutions', ['institution', 'government']],
  research: ['科研机构', 'research institutions', ['institution', 'government']],
};

function judge(host: string, kind: SubjectKind | undefined, ctx: RuleContext): { messageId: Msg; params?: Record<string, string> } | undefined {
  const { suffix, fact } = domainSuffixOf(host);
  const inForce = fact && (fact.since === undefined || ctx.asOf >= fact.since);
  if (!inForce) {
    const named = UNAPPROVED_SUFFIXES.find((u) => u.suffix === suffix && (u.until === undefined || ctx.asOf < u.until));
    if (named) return { messageId: 'unapproved', params: { suffix, source: readableSourceLines(named.source, 'en').join('; '), sourceZh: readableSourceLines(named.source, 'zh').join('；') } };
    return { messageId: 'unknown', params: { suffix } };
  }
  if (fact.onlyFor && kind !== undefined) {
    const [who, whoEn, kinds] = WHO[fact.onlyFor];
    if (!kinds.includes(kind)) return { messageId: 'restricted', params: { suffix, who, whoEn } };
  }
  if (kind === 'government' && !/(^|\.)(gov\.cn|政务|政务\.cn)$/.test(host)) return { messageId: 'government' };
  if (kind === 'institution' && !/(^|\.)(cn|公益)$/.test(host)) return { messageId: 'institution' };
  return undefined;
}

/** For docs: every suffix the rule accepts. */
export const FILEABLE_SUFFIX_COUNT = DOMAIN_SUFFIXES.length;
