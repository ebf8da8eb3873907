import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { looksLikeLandline, mainlandMobile } from './support/phone';

/** 联系方式1 of every principal must be a mainland mobile: the MIIT SMS code goes only there. */
export const contact1Mobile = defineRule({
  id: 'contact1-mobile',
  since: '2017-12-18',
  severity: 'error',
  fields: ['subject.principal.mobile', 'website[*].principal.mobile'],
  description: {
    zh: '负责人的联系方式1必须是中国大陆手机号码（11位，1[3-9]开头）。',
    en: "Each principal's contact method 1 must be a mainland China mobile number (11 digits starting 13-19).",
  },
  messages: {
    landline: {
      zh: '联系方式1“{value}”像是固定电话。请填写负责人本人实名的大陆手机号码（如 13800138000），固定电话请填在联系方式2。',
      en: 'Contact method 1 "{value}" looks like a landline. Enter the principal\'s own mainland mobile number (e.g. 13800138000); put landlines in contact method 2.',
    },
    format: {
      zh: '联系方式1“{value}”不是有效的中国大陆手机号码。请填写11位手机号（1[3-9]开头，可带 +86）。',
      en: 'Contact method 1 "{value}" is not a valid mainland China mobile number. Enter 11 digits starting 13-19 (a +86 prefix is fine).',
    },
  },
  why: {
    zh: '工信部的备案短信验证码只发送到联系方式1的手机号；收不到验证码，备案会被退回。该号码须为负责人本人实名。',
    en: 'The MIIT sends the filing SMS verification code only to the contact method 1 mobile; without it the filing is returned. It must be registered in the principal\'s own name.',
  },
  sources: [cite('seed-002', { en: 'Contact method 1', zh: '联系方式1' }), cite('seed-003', '§11'), cite('ALI19', '-form 联系方式1'), cite('HW', '备案短信核验')],
  check(ctx) {
    const out: Problem<'landline' | 'format'>[] = [];
    for (const prefix of principalMobileKeys(ctx.websites)) {
      const value = ctx.str(prefix);
      if (!value || mainlandMobile(value)) continue;
      out.push({ field: prefix, messageId: looksLikeLandline(value) ? 'landline' : 'format', params: { value } });
    }
    return out;
  },
});

function principalMobileKeys(websites: readonly number[]): string[] {
  return ['subject.principal.mobile', ...websites.map((i) => (i === 0 ? 'website.principal.mobile' : `website[${i}].principal.mobile`))];
}
