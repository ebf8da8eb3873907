import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { differentPeople } from './support/people';

/** An individual's filing has one principal: the website principal is the subject. */
export const individualSamePrincipal = defineRule({
  id: 'individual-same-principal',
  severity: 'error',
  fields: ['subject.nature', 'website[*].principal.name', 'website[*].principal.idNumber', 'subject.principal.name', 'subject.principal.idNumber'],
  description: {
    zh: '个人备案的网站负责人必须与主体负责人为同一人。',
    en: "In an individual's filing the website principal must be the same person as the subject principal.",
  },
  messages: {
    different: {
      zh: '个人备案不能填写新的网站负责人（“{name}”）：网站负责人必须是备案人本人。',
      en: 'An individual filing cannot name another website principal ("{name}"): the website principal must be the filer.',
    },
  },
  why: {
    zh: '个人备案不支持“填写新负责人信息”，网站负责人与主体负责人不是同一人的会被驳回。',
    en: 'Individual filings do not support a separate website principal; a different person is rejected.',
  },
  sources: [cite('ALI19', '-form 填写新负责人信息 (个人备案要求网站负责人与主体负责人必须为同一人)')],
  check(ctx) {
    if (!ctx.isIndividual) return [];
    const out: Problem<'different'>[] = [];
    const [subject, ...others] = ctx.people;
    if (!subject) return out;
    for (const p of others) {
      if (!differentPeople(subject, p)) continue;
      const field = p.idNumber && subject.idNumber ? `${p.prefix}.idNumber` : `${p.prefix}.name`;
      out.push({ field, fields: [field, field.replace(p.prefix, 'subject.principal')], messageId: 'different', params: { name: p.name || p.idNumber } });
    }
    return out;
  },
});
