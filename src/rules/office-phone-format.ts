import { cite } from '../facts/sources';
import { principalPrefixes } from './context';
import { defineRule, type Problem } from './rule';
import { landlineAreaCode, mainlandMobile } from './support/phone';

/** 联系方式2 (office phone) in the form 086-区号-号码, or a mobile. */
export const officePhoneFormat = defineRule({
  id: 'office-phone-format',
  since: '2019-02-19',
  severity: 'error',
  fields: ['subject.principal.phone', 'website[*].principal.phone'],
  description: {
    zh: '联系方式2（办公电话）须为“086-区号-号码”格式的固定电话（如 086-0535-6700763），或手机号码。',
    en: 'Contact method 2 (office phone) must be a landline as 086-area code-number (e.g. 086-0535-6700763), or a mobile number.',
  },
  messages: {
    format: {
      zh: '联系方式2“{value}”格式不对。固定电话请按“086-区号-号码”填写，如 086-010-62345678（区号以0开头，号码7-8位）；也可填写手机号码。',
      en: 'Contact method 2 "{value}" is malformed. Enter a landline as 086-area code-number, e.g. 086-010-62345678 (area code starting with 0, 7-8 digit number), or a mobile number.',
    },
  },
  why: {
    zh: '办公电话须真实有效、能联系到负责人，区号应与通讯地址一致；格式错误会被接入商初审退回。',
    en: 'The office phone must reach the principal and its area code should match the mailing address; a malformed number is returned at the provider review.',
  },
  sources: [cite('ALI19', '-faq 联系方式2 (086-0535-6700763)'), cite('ALI19', { en: '-en Office phone number', zh: '办公电话' }), cite('seed-003', '§2 step 3 (联系方式2: 086-010-…)')],
  check(ctx) {
    const out: Problem<'format'>[] = [];
    for (const prefix of principalPrefixes(ctx)) {
      const field = `${prefix}.phone`;
      const value = ctx.str(field);
      if (!value) continue;
      if (landlineAreaCode(value)) continue;
      if (mainlandMobile(value.replace(/^086-?/, ''))) continue;
      out.push({ field, messageId: 'format', params: { value } });
    }
    return out;
  },
});
