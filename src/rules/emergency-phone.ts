import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { mainlandMobile } from './support/phone';

/**
 * From this day the emergency number must differ from the principals' mobiles. QC's general
 * rules (undated, ≈2021-23) and JD23 (GD, HL, LN) say so; ALI19-form (2019-09-19) still asked
 * for "your most used mobile", which allows the same number. 2021-01-01 is the earliest date
 * the newer sources support.
 */
export const EMERGENCY_MUST_DIFFER_SINCE = '2021-01-01';

type Msg = 'missing' | 'notMobile' | 'sameAsMobile';

export const emergencyPhone = defineRule({
  id: 'emergency-phone',
  severity: 'error',
  fields: ['subject.principal.emergencyPhone', 'website[*].principal.emergencyPhone', 'subject.principal.mobile', 'website[*].principal.mobile'],
  since: '2019-04-01',
  description: {
    zh: '应急联系电话必填，须为手机号码，且（自2021年起）不能与主体负责人、网站负责人的手机号相同。',
    en: "The emergency phone is mandatory, must be a mobile number and (since 2021) must differ from the subject and website principals' mobiles.",
  },
  messages: {
    missing: {
      zh: '请填写应急联系电话（手机号码）。',
      en: 'Enter an emergency phone (a mobile number).',
      severity: 'warning',
    },
    notMobile: {
      zh: '应急联系电话“{value}”不是中国大陆手机号码，请填写手机号码。',
      en: 'Emergency phone "{value}" is not a mainland China mobile number; enter a mobile number.',
    },
    sameAsMobile: {
      zh: '应急联系电话“{value}”与{owner}的联系方式1相同。应急电话须是另一个手机号码（如家人或同事），不能与负责人手机相同。',
      en: 'Emergency phone "{value}" is the same as contact method 1 of {ownerEn}. Give another mobile (a relative or colleague); it may not equal a principal\'s mobile.',
    },
  },
  why: {
    zh: '应急电话用于联系不上负责人时的紧急联络（不接收短信核验码）；与负责人手机相同或不是手机号，会被管局驳回。',
    en: 'The emergency number is used when the principal cannot be reached (it never receives the SMS code); the same number as a principal, or a landline, is rejected.',
  },
  sources: [cite('ALI19', { en: 'popup 2019-04 (应急联系电话必填且须为手机)', zh: '2019-04 弹窗提示（应急联系电话必填且须为手机）' }), cite('QC', { en: 'general_requirement.md (应急联系电话不能与主体负责人和网站负责人电话相同)', zh: '通用要求（应急联系电话不能与主体负责人和网站负责人电话相同）' }), cite('JD23', 'GD, HL, LN (应急 ≠ 常用)'), cite('VOLC')],
  conflicts: [
    {
      note: {
        zh: 'ALI19-form（2019-09-19）写“请填写您最常用的手机号码”，允许与联系方式1相同；QC、JD23 等较新来源要求不同。自2021-01-01起按“须不同”判断，此前只检查必填和手机格式。',
        en: 'ALI19-form (2019-09-19) says "enter your most used mobile", which allows the contact-1 number; QC, JD23 and other newer sources require a different one. From 2021-01-01 the rule enforces "different"; before that only presence and mobile format.',
      },
      sources: [cite('ALI19', '-form 应急联系人电话'), cite('QC', { en: 'general_requirement.md', zh: '通用要求' }), cite('JD23')],
    },
  ],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    const people = ctx.people;
    const differ = ctx.asOf >= EMERGENCY_MUST_DIFFER_SINCE;
    const mobiles = people
      .map((p) => ({ p, m: mainlandMobile(p.mobile) }))
      .filter((x): x is { p: (typeof people)[number]; m: string } => x.m !== undefined);
    for (const person of people) {
      const field = `${person.prefix}.emergencyPhone`;
      const value = person.emergencyPhone;
      if (!value) {
        // Only where the person's section is being filled (a mobile typed), to avoid noise.
        if (person.mobile) out.push({ field, messageId: 'missing' });
        continue;
      }
      const m = mainlandMobile(value);
      if (!m) {
        out.push({ field, messageId: 'notMobile', params: { value } });
        continue;
      }
      if (!differ) continue;
      const same = mobiles.find((x) => x.m === m);
      if (same) {
        const isSubject = same.p.website < 0;
        out.push({
          field,
          fields: [field, `${same.p.prefix}.mobile`],
          messageId: 'sameAsMobile',
          params: {
            value,
            owner: isSubject ? '主体负责人' : '网站负责人',
            ownerEn: isSubject ? 'the subject principal' : 'the website principal',
          },
        });
      }
    }
    return out;
  },
});
