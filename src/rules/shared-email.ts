import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { differentPeople, roleOf } from './support/people';

/** Different principals may not share an e-mail address (Huawei Cloud, 2025). */
export const sharedEmail = defineRule({
  id: 'shared-email',
  severity: 'warning',
  fields: ['subject.principal.email', 'website[*].principal.email', 'subject.principal.idNumber', 'website[*].principal.idNumber'],
  since: '2025-09-01',
  description: {
    zh: '不同的负责人不能使用同一个电子邮件地址。',
    en: 'Different principals may not share one email address.',
  },
  messages: {
    shared: {
      zh: '电子邮件“{value}”同时填给了{other}，但两人不是同一人。请为每位负责人填写各自的邮箱。',
      en: 'Email "{value}" is also given for {otherEn}, a different person. Give each principal their own address.',
    },
  },
  why: {
    zh: '华为云备案知识库：不同负责人不能共用电话或邮箱，否则可能被驳回。',
    en: "Huawei Cloud's filing knowledge base: different principals may not share a phone or an email; such filings may be rejected.",
  },
  sources: [cite('HW', '备案材料咨询 (负责人不能共用电话或邮箱)')],
  check(ctx) {
    const out: Problem<'shared'>[] = [];
    const people = ctx.people;
    for (let j = 1; j < people.length; j++) {
      const b = people[j]!;
      const eb = b.email.toLowerCase();
      if (!eb) continue;
      for (let i = 0; i < j; i++) {
        const a = people[i]!;
        if (a.email.toLowerCase() !== eb || !differentPeople(a, b)) continue;
        const role = roleOf(a);
        out.push({ field: `${b.prefix}.email`, fields: [`${b.prefix}.email`, `${a.prefix}.email`], messageId: 'shared', params: { value: b.email, other: role.zh, otherEn: role.en } });
        break;
      }
    }
    return out;
  },
});
