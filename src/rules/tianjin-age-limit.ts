import { certKindOf } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { ageOn, checkIdNumber, idBirthDate } from './support/id-number';

const MAX_AGE = { male: 60, female: 55 } as const;

/** Tianjin: a 负责人 over 60 (men) or 55 (women) is refused (Tencent Cloud's Tianjin rules). */
export const tianjinAgeLimit = defineRule({
  id: 'tianjin-age-limit',
  since: '2023-01-01',
  severity: 'warning',
  fields: ['subject.principal.idNumber', 'website[*].principal.idNumber', 'subject.province'],
  description: {
    zh: '天津：负责人年龄上限为男性60岁、女性55岁。',
    en: 'Tianjin: principals may be at most 60 (men) or 55 (women) years old.',
  },
  messages: {
    tooOld: {
      zh: '{role}按身份证号为{age}岁（{sex}），天津管局不受理超过{limit}岁的{sex}负责人，请更换负责人或先向服务商咨询。',
      en: '{roleEn} is {age} by the ID number ({sexEn}); Tianjin does not accept {sexEn} principals over {limit}. Choose another principal or ask the provider first.',
    },
  },
  why: {
    zh: '超过年龄上限的负责人会导致备案被驳回。',
    en: 'A principal over the age limit gets the filing rejected.',
  },
  sources: [cite('TXTJ', { en: 'age limits (男60/女55)', zh: '年龄上限（男60/女55）' })],
  check(ctx) {
    if (ctx.province?.id !== 'tj') return [];
    const out: Problem<'tooOld'>[] = [];
    for (const person of ctx.people) {
      const kind = certKindOf(person.idType);
      if (kind !== undefined && kind !== 'resident-id') continue;
      const id = person.idNumber;
      if (!id || checkIdNumber(id, ctx.asOf, false) !== undefined) continue; // id-number reports it
      const birth = idBirthDate(id);
      if (!birth) continue;
      const age = ageOn(birth, ctx.asOf);
      const male = Number(id.charAt(16)) % 2 === 1;
      const limit = male ? MAX_AGE.male : MAX_AGE.female;
      if (age <= limit) continue;
      const subject = person.website < 0;
      out.push({
        field: `${person.prefix}.idNumber`,
        messageId: 'tooOld',
        params: { age, limit, sex: male ? '男性' : '女性', sexEn: male ? 'male' : 'female', role: subject ? '主体负责人' : '网站负责人', roleEn: subject ? 'The subject principal' : 'The website principal' },
      });
    }
    return out;
  },
});
