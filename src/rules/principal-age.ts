import { certKindOf } from '../facts/cert-types';
import { AGE_LIMITS, type AgeLimit } from '../facts/person-rules';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { ageOn, checkIdNumber, idBirthDate } from './support/id-number';

type Msg = 'refused' | 'needsProof';

/** Minimum ages of the 负责人 in some provinces, from the birth date in the ID number. */
export const principalAge = defineRule({
  id: 'principal-age',
  since: '2019-09-01',
  severity: 'warning',
  fields: ['subject.principal.idNumber', 'website[*].principal.idNumber', 'subject.province', 'subject.nature'],
  description: {
    zh: '部分省份对负责人有最低年龄要求（按身份证出生日期计算）：未满18（江苏、广东为16）周岁不予备案，或需提供工作/收入证明。',
    en: 'Some provinces set a minimum age for principals (from the ID birth date): under 18 (16 in Jiangsu and Guangdong) refused, or proof of employment/income needed.',
  },
  messages: {
    refused: {
      zh: '{role}按身份证计算未满{limit}周岁（{age}岁），{province}管局不受理未满{limit}周岁的负责人备案。{note}',
      en: '{roleEn} is under {limit} ({age}) according to the ID number; the {provinceEn} administration refuses principals under {limit}. {noteEn}',
    },
    needsProof: {
      zh: '{role}未满{limit}周岁（{age}岁），{province}管局要求提供工作或收入证明。',
      en: '{roleEn} is under {limit} ({age}); the {provinceEn} administration requires proof of employment or income.',
      severity: 'info',
    },
  },
  why: {
    zh: '各省管局对负责人年龄的要求不同；不满足的备案会被驳回。',
    en: 'Provincial administrations set different age requirements for principals; filings that do not meet them are rejected.',
  },
  sources: [cite('JD23', { en: 'provincial rules', zh: '各省管局规则' }), cite('ALI19', '-prov'), cite('HW', 'kb/topics/备案管局咨询.md')],
  conflicts: [
    {
      note: {
        zh: '天津：JD23/ALI19 不受理未成年人，腾讯云天津页面允许监护人陪同并提供户口本；河南：ALI19 允许个人凭监护人证件，JD23 不受理（从新）；广东：JD23 未满18需工作证明，HW（2025-09起）未满16不受理。',
        en: 'Tianjin: JD23/ALI19 refuse minors, a Tencent Tianjin page allows them with a guardian and 户口本. Henan: ALI19 allowed individuals with a guardian\'s ID, JD23 refuses (newer followed). Guangdong: JD23 under 18 needs proof of employment, HW (from 2025-09) refuses under 16.',
      },
      sources: [cite('JD23'), cite('ALI19', '-prov'), cite('HW')],
    },
  ],
  check(ctx) {
    const province = ctx.province;
    if (!province) return [];
    const limits = AGE_LIMITS.filter(
      (l) => l.province === province.id && (!l.individualsOnly || ctx.isIndividual) && (l.since === undefined || ctx.asOf >= l.since) && (l.until === undefined || ctx.asOf < l.until),
    );
    if (!limits.length) return [];
    const out: Problem<Msg>[] = [];
    for (const person of ctx.people) {
      const kind = certKindOf(person.idType);
      if (kind !== undefined && kind !== 'resident-id') continue;
      const id = person.idNumber;
      const problem = id ? checkIdNumber(id, ctx.asOf, false) : 'format';
      if (problem !== undefined && problem !== 'lowercase') continue; // id-number reports it
      const birth = idBirthDate(id);
      if (!birth) continue;
      const age = ageOn(birth, ctx.asOf);
      const hit = judge(limits, age);
      if (!hit) continue;
      const subject = person.website < 0;
      const tj = province.id === 'tj';
      out.push({
        field: `${person.prefix}.idNumber`,
        messageId: hit.messageId,
        params: {
          age,
          limit: hit.limit,
          role: subject ? '主体负责人' : '网站负责人',
          roleEn: subject ? 'The subject principal' : 'The website principal',
          province: province.name,
          provinceEn: province.en,
          note: tj ? '（有服务商称监护人陪同并提供户口本可办理，请先咨询。）' : '',
          noteEn: tj ? '(One provider accepts minors with a guardian and the household register; ask first.)' : '',
        },
      });
    }
    return out;
  },
});

function judge(limits: AgeLimit[], age: number): { messageId: Msg; limit: number } | undefined {
  for (const l of limits) if (l.refusedUnder !== undefined && age < l.refusedUnder) return { messageId: 'refused', limit: l.refusedUnder };
  for (const l of limits) if (l.proofUnder !== undefined && age < l.proofUnder) return { messageId: 'needsProof', limit: l.proofUnder };
  return undefined;
}
