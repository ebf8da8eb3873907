import { registrableDomain } from '../facts/domain-suffixes';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { isValidHostname } from './support/domain';

/** Since 2019-04-22 a website carries exactly one domain (工信管函〔2019〕633号). */
export const oneDomainPerWebsite = defineRule({
  id: 'one-domain-per-website',
  severity: 'error',
  fields: ['website[*].domains'],
  since: '2019-04-22',
  description: {
    zh: '自2019年4月22日起，一个网站只能对应一个域名。',
    en: 'Since 2019-04-22 one website may have only one domain.',
  },
  messages: {
    several: {
      zh: '该网站填了{count}个域名（{domains}）。一个网站只能对应一个域名：请为每个域名单独添加一个网站（“继续添加网站”）。',
      en: 'This website lists {count} domains ({domains}). One website may have only one domain: add a separate website for each domain ("继续添加网站").',
    },
  },
  why: {
    zh: '工信部《关于做好互联网信息服务域名使用管理工作的通知》（工信管函〔2019〕633号）要求一个网站对应一个域名；多域名网站的备案会被管局驳回。变更时只能保留或删除已有域名。',
    en: 'MIIT notice 工信管函〔2019〕633号 requires one domain per website; filings with several domains on one website are rejected. Changes may only keep or drop existing domains.',
  },
  sources: [cite('MIIT633'), cite('ALI19', '-form (变更: 保持或删除域名)')],
  supersedes: ['several domains per website (seed-003 §2 step 4 "继续增加域名"; ALI19-en BJ/SD "域名指向同一网站")'],
  conflicts: [
    {
      note: {
        zh: 'ALI19-en（2019-09）仍允许北京、山东一个网站多个域名（备注“域名指向同一网站”）；工信部633号文在后且效力更高，自2019-04-22起按一个网站一个域名判断。',
        en: 'ALI19-en (2019-09) still allows several domains per site in Beijing and Shandong (remark "域名指向同一网站"); the MIIT notice 633 prevails: one domain per website from 2019-04-22.',
      },
      sources: [cite('ALI19', '-en'), cite('MIIT633')],
    },
  ],
  check(ctx) {
    const out: Problem<'several'>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'domains');
      const distinct = new Set<string>();
      for (const { host } of ctx.domainHosts(i)) {
        if (isValidHostname(host)) distinct.add(registrableDomain(host));
      }
      if (distinct.size > 1) out.push({ field, messageId: 'several', params: { count: distinct.size, domains: [...distinct].join(', ') } });
    }
    return out;
  },
});
