import { certKindOf } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { computeCreditCodeCheckChar } from './checksums';
import { defineRule } from './rule';

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const UNUSED_LETTERS = /[IOSVZ]/g;
const OLD_REGISTRATION = /^[1-9]\d{14}$/;

/** The subject's unified social credit code (统一社会信用代码), per GB 32100. */
export const creditCode = defineRule({
  id: 'credit-code',
  since: '2015-01-01',
  severity: 'error',
  fields: ['subject.certNumber', 'subject.certType', 'subject.nature'],
  description: {
    zh: '统一社会信用代码须符合 GB 32100：18位，第3-8位为数字，不含 I、O、S、V、Z，末位校验码正确。',
    en: 'A unified social credit code must pass GB 32100: 18 characters, digits in places 3-8, no I, O, S, V or Z, and the right check character.',
  },
  messages: {
    format: {
      zh: '统一社会信用代码“{value}”格式不对：应为18位数字或大写字母（现为{length}位），第3-8位为数字。请对照营业执照填写。',
      en: 'Credit code "{value}" is malformed: it must be 18 digits or capitals ({length} now), places 3-8 digits. Copy it from the business licence.',
    },
    unusedLetter: {
      zh: '统一社会信用代码“{value}”含有不使用的字母 {letters}（I、O、S、V、Z 不会出现），可能把数字 1、0、5、2 错写成字母。',
      en: 'Credit code "{value}" contains {letters}, which credit codes never use (no I, O, S, V, Z); probably the digit 1, 0, 5 or 2 was typed as a letter.',
    },
    checksum: {
      zh: '统一社会信用代码“{value}”的校验码与前17位不符（应为“{expected}”），请核对是否输错。少数早期代码本身不符合校验规则，若与执照一致可忽略。',
      en: 'The check character of credit code "{value}" does not match the first 17 (expected "{expected}"); check for a typo. A few early codes fail this test; if it matches the licence, ignore this.',
      severity: 'warning',
    },
    registrationNumber: {
      zh: '“{value}”是旧版15位工商注册号。2015年“三证合一”后营业执照载有18位统一社会信用代码，请填写该代码。',
      en: '"{value}" is an old 15-digit registration number. Licences issued since the 2015 reform carry an 18-character credit code; enter that code.',
      severity: 'warning',
    },
    lowercase: {
      zh: '统一社会信用代码中的字母请用大写（“{value}”）。',
      en: 'Use capital letters in the credit code ("{value}").',
      severity: 'info',
    },
  },
  why: {
    zh: '主办单位证件号码须与证件完全一致，号码错误会被接入商或管局驳回；证件号码在验证备案类型后还无法修改。',
    en: 'The subject document number must match the certificate exactly; a wrong number is rejected, and it is locked once the filing type has been verified.',
  },
  sources: [cite('GB32100'), cite('seed-003', '§2 step 1 (主办单位证件号码)'), cite('GB32100', { en: 'check character (some early pilot codes such as 91350100M0001TGQXM fail it)', zh: '校验码（部分早期试点代码如 91350100M0001TGQXM 校验不通过）' })],
  conflicts: [
    {
      note: {
        zh: '校验码不符只作警告：部分真实的早期试点代码（如 91350100M0001TGQXM）不满足 GB 32100 校验。',
        en: 'A failed checksum is only a warning: some genuine early pilot codes (e.g. 91350100M0001TGQXM) fail the GB 32100 check.',
      },
      sources: [cite('GB32100', { en: 'check character', zh: '校验码' })],
    },
  ],
  check(ctx) {
    const value = ctx.str('subject.certNumber');
    if (!value) return [];
    const kind = certKindOf(ctx.str('subject.certType'));
    if (kind !== undefined && kind !== 'credit-code') return [];
    if (kind === undefined) {
      // No type chosen: only a unit's number, or one that is not ID-shaped, is a credit code.
      const subject = ctx.subjectKind;
      if (subject === 'individual') return [];
      if (subject === undefined && !/[A-Za-z]/.test(value.slice(0, 17)) ) return [];
    }
    const compact = value.replace(/[\s\-]/g, '');
    const upper = compact.toUpperCase();
    const field = 'subject.certNumber';
    const params = { value, length: upper.length };
    if (OLD_REGISTRATION.test(upper)) return [{ field, messageId: 'registrationNumber', params }];
    if (upper.length === 18) {
      const letters = [...new Set(upper.match(UNUSED_LETTERS) ?? [])];
      if (letters.length) return [{ field, messageId: 'unusedLetter', params: { ...params, letters: letters.join(', ') } }];
    }
    if (!USCC.test(upper)) return [{ field, messageId: 'format', params }];
    const expected = computeCreditCodeCheckChar(upper.slice(0, 17));
    if (expected !== upper.charAt(17)) return [{ field, messageId: 'checksum', params: { ...params, expected } }];
    if (compact !== upper) return [{ field, messageId: 'lowercase', params }];
    return [];
  },
});
