import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { isIpAddress, isOnDomain, isValidHostname, normalizeHost } from './support/domain';

type Msg = 'offDomain' | 'ip' | 'format';

/** The homepage URL must be on one of the website's own domains. */
export const homepageOnDomain = defineRule({
  id: 'homepage-on-domain',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].homepageUrl', 'website[*].domains'],
  description: {
    zh: '网站首页URL须是该网站所备案域名的首页。',
    en: "The homepage URL must be the home page of one of the website's filed domains.",
  },
  messages: {
    offDomain: {
      zh: '首页URL“{value}”不在该网站的域名（{domains}）上。请填写所备案域名的首页，如 {example}。',
      en: 'Homepage URL "{value}" is not on the website\'s domains ({domains}). Enter the home page of the filed domain, e.g. {example}.',
    },
    ip: {
      zh: '首页URL“{value}”用的是IP地址，请填写所备案域名的首页。',
      en: 'Homepage URL "{value}" uses an IP address; enter the home page of the filed domain.',
    },
    format: {
      zh: '首页URL“{value}”不是有效的网址，应形如 {example}。',
      en: 'Homepage URL "{value}" is not a valid address; it should look like {example}.',
    },
  },
  why: {
    zh: '接入商要求首页URL为所备案网站域名的首页；与域名不符会在初审被驳回。',
    en: 'Providers require the homepage URL to be the home page of the filed domain; a mismatch is returned at the provider review.',
  },
  sources: [cite('ALI19', '-form 网站首页URL'), cite('seed-003', '§2 step 4 (网站首页URL)')],
  conflicts: [
    {
      note: {
        zh: '阿里云要求填写所备案域名的首页（可含 www.）；华为云要求只填一级域名。本规则接受域名及其子域名，不强制某一服务商的写法。',
        en: "Alibaba wants the filed domain's home page (www. allowed); Huawei wants the first-level domain only. The rule accepts the domain and its subdomains and does not enforce one provider's form.",
      },
      sources: [cite('ALI19', '-form'), cite('HW', { en: 'knowledge-base.md', zh: '备案知识库' })],
    },
  ],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'homepageUrl');
      const value = ctx.str(field);
      if (!value) continue;
      const domains = ctx.domainHosts(i).map((d) => d.host).filter(isValidHostname);
      const example = `http://www.${domains[0] ?? 'example.com'}`;
      const { host } = normalizeHost(value);
      if (isIpAddress(host)) out.push({ field, messageId: 'ip', params: { value } });
      else if (!isValidHostname(host)) out.push({ field, messageId: 'format', params: { value, example } });
      else if (domains.length && !domains.some((d) => isOnDomain(host, d) || isOnDomain(d, host.replace(/^www\./, '')))) {
        out.push({ field, fields: [field, ctx.wk(i, 'domains')], messageId: 'offDomain', params: { value, domains: domains.join(', '), example } });
      }
    }
    return out;
  },
});
