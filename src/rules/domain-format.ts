import { registrableDomain } from '../facts/domain-suffixes';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { isIpAddress, isValidHostname } from './support/domain';

type Msg = 'format' | 'ip' | 'extras' | 'subdomain';

/** Each entry of a website's domain list must be a bare registered domain. */
export const domainFormat = defineRule({
  id: 'domain-format',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].domains'],
  description: {
    zh: '网站域名须是格式正确的域名（不含 http://、路径或端口）；备案的是一级域名。',
    en: 'Website domains must be well-formed domain names (no http://, path or port); the registered (first-level) domain is what is filed.',
  },
  messages: {
    format: { zh: '“{value}”不是有效的域名。', en: '"{value}" is not a valid domain name.' },
    ip: { zh: '“{value}”是IP地址，备案须填写域名。', en: '"{value}" is an IP address; a filing needs a domain name.' },
    extras: {
      zh: '域名栏只填域名“{host}”，不要带 http://、路径或端口（现为“{value}”）。',
      en: 'Enter only the domain "{host}" in the domain field, without http://, path or port (now "{value}").',
      severity: 'warning',
    },
    subdomain: {
      zh: '“{host}”是子域名。备案的是一级域名“{registrable}”，备案后其子域名均可使用。',
      en: '"{host}" is a subdomain. The filing covers the registered domain "{registrable}", and its subdomains may then be used.',
      severity: 'warning',
    },
  },
  why: {
    zh: '备案只针对一级域名；格式错误的域名无法通过域名核验。',
    en: 'Filings are for registered (first-level) domains; a malformed domain fails the domain verification.',
  },
  sources: [cite('seed-003', '§2 step 1 (域名)'), cite('HW', { en: 'first-level domain only', zh: '仅限一级域名' }), cite('TX20', '备案只针对一级域名')],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'domains');
      for (const { raw: value, host, hadExtras } of ctx.domainHosts(i)) {
        if (isIpAddress(host)) out.push({ field, messageId: 'ip', params: { value } });
        else if (!isValidHostname(host)) out.push({ field, messageId: 'format', params: { value } });
        else if (hadExtras) out.push({ field, messageId: 'extras', params: { value, host } });
        else {
          const registrable = registrableDomain(host);
          if (registrable !== host) out.push({ field, messageId: 'subdomain', params: { value, host, registrable } });
        }
      }
    }
    return out;
  },
});
