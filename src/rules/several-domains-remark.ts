import { registrableDomain } from '../facts/domain-suffixes';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { isValidHostname } from './support/domain';

const SAME_SITE = /域名指向同一网站/;

/** Before one-domain-per-website (2019-04-22): several domains on one website need the remark. */
export const severalDomainsRemark = defineRule({
  id: 'several-domains-remark',
  since: '2019-02-19',
  until: '2019-04-22',
  severity: 'warning',
  fields: ['website[*].domains', 'website[*].remarks'],
  description: {
    zh: '一个网站填写多个域名时，须在网站备注中说明“域名指向同一网站”（2019-04-22 起一个网站只能有一个域名）。',
    en: 'A website with several domains needs the remark "域名指向同一网站" (domains point to the same website); from 2019-04-22 a website has one domain only.',
  },
  messages: {
    remark: {
      zh: '该网站填写了 {count} 个域名（{domains}）：请在网站备注中写明“域名指向同一网站”；指向不同网站的域名请分成不同的网站填写。',
      en: 'This website lists {count} domains ({domains}): write "域名指向同一网站" in the website remarks; domains of different sites go into separate websites.',
    },
  },
  why: {
    zh: '未说明多个域名指向同一网站的备案会被退回修改。',
    en: 'Filings listing several domains without that statement are returned for correction.',
  },
  sources: [cite('seed-003', '§3 step 4 note 4 (多个域名均指向同一网站)'), cite('ALI19', '-en (BJ/SD: 域名指向同一网站)')],
  supersedes: [],
  check(ctx) {
    const out: Problem<'remark'>[] = [];
    for (const i of ctx.websites) {
      const distinct = new Set<string>();
      for (const { host } of ctx.domainHosts(i)) if (isValidHostname(host)) distinct.add(registrableDomain(host));
      if (distinct.size < 2 || SAME_SITE.test(ctx.str(ctx.wk(i, 'remarks')))) continue;
      const field = ctx.wk(i, 'domains');
      out.push({ field, fields: [field, ctx.wk(i, 'remarks')], messageId: 'remark', params: { count: distinct.size, domains: [...distinct].join(', ') } });
    }
    return out;
  },
});
