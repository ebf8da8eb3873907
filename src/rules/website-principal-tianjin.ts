import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

/** Tianjin units: the website principal must not be the subject principal. */
export const websitePrincipalTianjin = defineRule({
  id: 'website-principal-tianjin',
  since: '2019-09-01',
  severity: 'warning',
  fields: ['subject.province', 'subject.nature', 'website[*].principal.idNumber', 'website[*].principal.name', 'subject.principal.idNumber', 'subject.principal.name'],
  description: {
    zh: '天津单位备案：网站负责人不能与主体负责人（法定代表人）为同一人。',
    en: 'Tianjin unit filings: the website principal may not be the subject principal (the legal representative).',
  },
  messages: {
    same: {
      zh: '天津管局要求单位网站的网站负责人与主体负责人不是同一人。请为第{n}个网站勾选“填写新负责人信息”并填写另一位负责人。',
      en: 'Tianjin requires the website principal of a unit\'s site to be someone other than the subject principal. For website {n}, choose "填写新负责人信息" and enter another person.',
    },
  },
  why: {
    zh: '天津管局规则，不符合会被驳回。',
    en: 'A Tianjin administration rule; filings that break it are rejected.',
  },
  sources: [cite('ALI19', '-prov Tianjin'), cite('QC', { en: 'tianjing.md', zh: '天津' }), cite('JD23', { en: 'Tianjin (网站负责人 must not be the 法人)', zh: '天津（网站负责人不能是法人）' })],
  conflicts: [
    {
      note: {
        zh: 'ALI19/QC：网站负责人≠主体负责人；JD23：网站负责人不能是法人。主体负责人通常即法人，两者一致。',
        en: 'ALI19/QC: website principal ≠ subject principal; JD23: the website principal must not be the legal representative. The subject principal is normally the legal representative, so both agree.',
      },
      sources: [cite('ALI19', '-prov'), cite('QC'), cite('JD23')],
    },
  ],
  check(ctx) {
    if (ctx.province?.id !== 'tj' || ctx.subjectKind === undefined || ctx.isIndividual) return [];
    const out: Problem<'same'>[] = [];
    const subject = ctx.people[0];
    if (!subject) return out;
    for (const i of ctx.websites) {
      if (!ctx.websiteStarted(i)) continue;
      const p = ctx.people.find((x) => x.website === i);
      // No own principal: the form copies the subject principal, i.e. the same person.
      const same = !p || (p.idNumber && subject.idNumber ? p.idNumber === subject.idNumber : !!p.name && p.name === subject.name);
      if (!same) continue;
      const field = p ? `${p.prefix}.${p.idNumber && subject.idNumber ? 'idNumber' : 'name'}` : ctx.wk(i, 'principal.name');
      out.push({ field, messageId: 'same', params: { n: i + 1 } });
    }
    return out;
  },
});
