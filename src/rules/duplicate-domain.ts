import { registrableDomain } from '../facts/domain-suffixes';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { isValidHostname } from './support/domain';

/** The same domain may not be filed for two websites of one filing. */
export const duplicateDomain = defineRule({
  id: 'duplicate-domain',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].domains'],
  description: {
    zh: '同一个域名不能出现在两个网站中。',
    en: 'The same domain may not appear on two websites.',
  },
  messages: {
    duplicate: {
      zh: '域名“{domain}”已在第{other}个网站中填写。每个域名只能属于一个网站。',
      en: 'Domain "{domain}" is already listed on website {other}. Each domain belongs to one website only.',
    },
  },
  why: {
    zh: '一个网站对应一个域名，一个域名也只能备案一次；重复的域名会导致订单被驳回。',
    en: 'One website has one domain, and a domain can be filed only once; a repeated domain gets the order returned.',
  },
  sources: [cite('MIIT633'), cite('seed-003', { en: '§7 (a domain cannot be filed twice; cancel first)', zh: '第7节（同一域名不能重复备案，须先注销）' })],
  check(ctx) {
    const out: Problem<'duplicate'>[] = [];
    const seen = new Map<string, number>();
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'domains');
      for (const { host } of ctx.domainHosts(i)) {
        if (!isValidHostname(host)) continue;
        const d = registrableDomain(host);
        const first = seen.get(d);
        if (first === undefined) seen.set(d, i);
        else if (first !== i) out.push({ field, fields: [field, ctx.wk(first, 'domains')], messageId: 'duplicate', params: { domain: d, other: first + 1 } });
      }
    }
    return out;
  },
});
