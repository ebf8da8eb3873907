import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { differentPeople } from './support/people';

/** An individual's filing has one principal: the website principal is the subject. */
export const individualSamePrincipal = defineRule({
  id: 'individual-same-principal',
  since: '2019-09-19',
  severity: 'error',
  fields: ['subject.nature', 'subject.name', 'subject.certNumber', 'website[*].principal.name', 'website[*].principal.idNumber', 'subject.principal.name', 'subject.principal.idNumber'],
  description: {
    zh: '个人备案：主办人、主体负责人、网站负责人必须是同一人（姓名、证件号码一致）。',
    en: "In an individual's filing the subject, its principal and every website principal are one person (same name and ID number).",
  },
  messages: {
    subjectName: {
      zh: '个人备案的负责人姓名（“{name}”）须与主办人名称（“{subject}”）一致。',
      en: 'In an individual filing the principal name ("{name}") must equal the subject name ("{subject}").',
    },
    subjectId: {
      zh: '个人备案的负责人证件号码须与主办单位证件号码一致（两者应是同一张身份证）。',
      en: "In an individual filing the principal's ID number must equal the subject document number (the same ID card).",
    },
    different: {
      zh: '个人备案不能填写新的网站负责人（“{name}”）：网站负责人必须是备案人本人。',
      en: 'An individual filing cannot name another website principal ("{name}"): the website principal must be the filer.',
    },
  },
  why: {
    zh: '个人备案不支持“填写新负责人信息”，网站负责人与主体负责人不是同一人的会被驳回。',
    en: 'Individual filings do not support a separate website principal; a different person is rejected.',
  },
  sources: [cite('ALI19', '-form 填写新负责人信息 (个人备案要求网站负责人与主体负责人必须为同一人), 负责人姓名/证件号码 (系统获取主办人名称/证件号码，自动填充)')],
  check(ctx) {
    if (!ctx.isIndividual) return [];
    const out: Problem<'different' | 'subjectName' | 'subjectId'>[] = [];
    const [subject, ...others] = ctx.people;
    if (!subject) return out;
    // The form fills the principal from the subject for individuals; a mismatch means a typo.
    const subjectName = ctx.str('subject.name').replace(/\s+/g, '');
    if (subjectName && subject.name && subjectName !== subject.name.replace(/\s+/g, '')) {
      out.push({ field: 'subject.principal.name', fields: ['subject.principal.name', 'subject.name'], messageId: 'subjectName', params: { name: subject.name, subject: ctx.str('subject.name') } });
    }
    const subjectId = ctx.str('subject.certNumber').replace(/\s+/g, '').toUpperCase();
    if (subjectId && subject.idNumber && subjectId !== subject.idNumber.replace(/\s+/g, '')) {
      out.push({ field: 'subject.principal.idNumber', fields: ['subject.principal.idNumber', 'subject.certNumber'], messageId: 'subjectId' });
    }
    for (const p of others) {
      if (!differentPeople(subject, p)) continue;
      const field = p.idNumber && subject.idNumber ? `${p.prefix}.idNumber` : `${p.prefix}.name`;
      out.push({ field, fields: [field, field.replace(p.prefix, 'subject.principal')], messageId: 'different', params: { name: p.name || p.idNumber } });
    }
    return out;
  },
});
