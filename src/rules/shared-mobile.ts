import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { mainlandMobile } from './support/phone';
import { differentPeople, roleOf } from './support/people';

/** Two different people may not give the same mobile as contact method 1. */
export const sharedMobile = defineRule({
  id: 'shared-mobile',
  since: '2018-01-01',
  severity: 'error',
  fields: ['subject.principal.mobile', 'website[*].principal.mobile', 'subject.principal.idNumber', 'website[*].principal.idNumber', 'subject.principal.name', 'website[*].principal.name'],
  description: {
    zh: '不同的负责人（证件号码不同）不能使用同一个手机号码。',
    en: 'Different principals (different ID numbers) may not share one mobile number.',
  },
  messages: {
    shared: {
      zh: '手机号“{value}”同时填给了{other}，但两人不是同一人。每位负责人须填写本人实名的手机号。',
      en: 'Mobile "{value}" is also given for {otherEn}, a different person. Each principal must give a mobile registered in their own name.',
    },
  },
  why: {
    zh: '联系方式1须为负责人本人实名手机，用于接收工信部短信核验；一个号码对应两个人会被驳回（“手机号码备案频率大于1”）。',
    en: 'Contact method 1 must be registered in the principal\'s own name and receives the MIIT SMS check; one number for two people is rejected ("手机号码备案频率大于1").',
  },
  sources: [cite('ALI19', '-rej (手机号码备案频率大于1)'), cite('HW', '备案材料咨询'), cite('seed-002', { en: 'Contact method 1', zh: '联系方式1' })],
  check(ctx) {
    const out: Problem<'shared'>[] = [];
    const people = ctx.people;
    for (let j = 1; j < people.length; j++) {
      const b = people[j]!;
      const mb = mainlandMobile(b.mobile);
      if (!mb) continue;
      for (let i = 0; i < j; i++) {
        const a = people[i]!;
        if (mainlandMobile(a.mobile) !== mb || !differentPeople(a, b)) continue;
        const role = roleOf(a);
        out.push({
          field: `${b.prefix}.mobile`,
          fields: [`${b.prefix}.mobile`, `${a.prefix}.mobile`],
          messageId: 'shared',
          params: { value: b.mobile, other: role.zh, otherEn: role.en },
        });
        break;
      }
    }
    return out;
  },
});
