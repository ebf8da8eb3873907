import { certKindOf, type CertKind } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { computeOrgCodeCheckChar } from './checksums';
import type { RuleContext } from './context';
import { defineRule, type Problem } from './rule';
import { checkIdNumber } from './support/id-number';

type Msg = 'passport' | 'chinesePassport' | 'hkMacauPermit' | 'taiwanPermit' | 'residencePermit' | 'permanentResidence' | 'orgCode' | 'orgCodeChecksum';

const PASSPORT = /^[A-Z0-9]{5,17}$/;
const CHINESE_PASSPORT = /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|[GDSP]\d{8})$/;
const HK_MACAU_PERMIT = /^[HM](\d{8}|\d{10}|[A-Z]\d{6,7})$/;
const TAIWAN_PERMIT = /^\d{8}$/;
const OLD_PERMANENT = /^[A-Z]{3}\d{12}$/;
const NEW_PERMANENT = /^9\d{16}[\dX]$/;
const ORG_CODE = /^[0-9A-Z]{8}-?[0-9X]$/;

/** Formats of the other document types: passports, permits, residence permits, organisation codes. */
export const certFormat = defineRule({
  id: 'cert-format',
  since: '1997-01-01',
  severity: 'error',
  fields: ['subject.certNumber', 'subject.certType', 'subject.principal.idNumber', 'subject.principal.idType', 'website[*].principal.idNumber', 'website[*].principal.idType'],
  description: {
    zh: '护照、港澳通行证、台胞证、港澳台居民居住证、外国人永久居留证、组织机构代码须符合各自的号码格式。',
    en: 'Passports, Hong Kong/Macau and Taiwan permits, residence permits, permanent residence cards and organisation codes must have their number formats.',
  },
  messages: {
    passport: {
      zh: '护照号码“{value}”格式不对，应为5-17位字母或数字。',
      en: 'Passport number "{value}" is malformed; it should be 5-17 letters or digits.',
    },
    chinesePassport: {
      zh: '“{value}”不像中国普通护照号码（E加8位数字，或E加一个字母加7位数字）。若是外国护照可忽略，否则请核对。',
      en: '"{value}" does not look like a Chinese ordinary passport number (E + 8 digits, or E + a letter + 7 digits). Ignore this for a foreign passport; otherwise check it.',
      severity: 'warning',
    },
    hkMacauPermit: {
      zh: '港澳居民来往内地通行证号码“{value}”格式不对：应为H或M加8位数字（旧证为H/M加10位数字）。',
      en: 'Hong Kong/Macau permit number "{value}" is malformed: H or M plus 8 digits (older cards: H/M plus 10 digits).',
      severity: 'warning',
    },
    taiwanPermit: {
      zh: '台湾居民来往大陆通行证（台胞证）号码“{value}”格式不对：应为8位数字。',
      en: 'Taiwan compatriot permit number "{value}" is malformed: it should be 8 digits.',
      severity: 'warning',
    },
    residencePermit: {
      zh: '居住证号码“{value}”不对：港澳台居民居住证号码为18位，以{prefix}开头，末位为校验码。',
      en: 'Residence permit number "{value}" is wrong: Hong Kong/Macau/Taiwan residence permit numbers have 18 characters, start with {prefix} and end with a check character.',
    },
    permanentResidence: {
      zh: '外国人永久居留身份证号码“{value}”格式不对：旧版为3个字母加12位数字，2023版为以9开头的18位。',
      en: 'Permanent residence card number "{value}" is malformed: old cards have 3 letters + 12 digits, 2023 cards 18 characters starting with 9.',
      severity: 'warning',
    },
    orgCode: {
      zh: '组织机构代码“{value}”格式不对：应为8位数字或大写字母加1位校验码（如 D2143569-X）。',
      en: 'Organisation code "{value}" is malformed: 8 digits or capitals plus a check character (e.g. D2143569-X).',
    },
    orgCodeChecksum: {
      zh: '组织机构代码“{value}”的校验码不对（应为“{expected}”），请核对。',
      en: 'The check character of organisation code "{value}" is wrong (expected "{expected}"); check it.',
      severity: 'warning',
    },
  },
  why: {
    zh: '证件号码须与所选证件类型和证件原件一致，否则初审驳回；短信核验也要输入证件号码后6位。',
    en: 'The number must fit the chosen document type and match the document, or the filing is returned; SMS verification also asks for its last 6 characters.',
  },
  sources: [cite('GB11714'), cite('CERTFMT'), cite('HW', { en: 'filing-rules.yml (港澳居民居住证)', zh: '备案规则（港澳居民居住证）' }), cite('seed-003', '§2 step 3 (居民身份证、台胞证、护照、军官证等)')],
  conflicts: [
    {
      note: {
        zh: '资料只给出旧版外国人永久居留证格式（3字母+12数字）；2023版（9开头18位）依据公开的证件样式补充，两种都接受。',
        en: 'The sources give only the old permanent residence card format (3 letters + 12 digits); the 2023 card (18 characters starting with 9) is added from the published card design. Both are accepted.',
      },
      sources: [cite('CERTFMT')],
    },
  ],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    for (const [numberKey, typeKey] of pairs(ctx)) {
      const value = ctx.str(numberKey);
      const kind = certKindOf(ctx.str(typeKey));
      if (!value || !kind) continue;
      const p = judge(kind, value.replace(/\s+/g, '').toUpperCase(), ctx.asOf);
      if (p) out.push({ field: numberKey, messageId: p.messageId, params: { value, ...p.params } });
    }
    return out;
  },
});

function judge(kind: CertKind, v: string, asOf: string): { messageId: Msg; params?: Record<string, string> } | undefined {
  switch (kind) {
    case 'passport':
      if (!PASSPORT.test(v)) return { messageId: 'passport' };
      if (/^[EG]/.test(v) && !CHINESE_PASSPORT.test(v)) return { messageId: 'chinesePassport' };
      return undefined;
    case 'hk-macau-permit':
      return HK_MACAU_PERMIT.test(v) ? undefined : { messageId: 'hkMacauPermit' };
    case 'taiwan-permit':
      return TAIWAN_PERMIT.test(v) ? undefined : { messageId: 'taiwanPermit' };
    case 'hk-macau-residence':
    case 'taiwan-residence': {
      const prefixes = kind === 'taiwan-residence' ? ['830000'] : ['810000', '820000'];
      const ok = prefixes.some((p) => v.startsWith(p)) && checkIdNumber(v, asOf, true) === undefined;
      return ok ? undefined : { messageId: 'residencePermit', params: { prefix: prefixes.join(' / ') } };
    }
    case 'foreign-permanent':
      return OLD_PERMANENT.test(v) || NEW_PERMANENT.test(v) ? undefined : { messageId: 'permanentResidence' };
    case 'org-code': {
      if (!ORG_CODE.test(v)) return { messageId: 'orgCode' };
      const compact = v.replace('-', '');
      const expected = computeOrgCodeCheckChar(compact.slice(0, 8));
      return expected === compact.charAt(8) ? undefined : { messageId: 'orgCodeChecksum', params: { expected } };
    }
    default:
      return undefined; // resident IDs: id-number; credit codes: credit-code; others unchecked
  }
}

function pairs(ctx: RuleContext): [string, string][] {
  const list: [string, string][] = [
    ['subject.certNumber', 'subject.certType'],
    ['subject.principal.idNumber', 'subject.principal.idType'],
  ];
  for (const i of ctx.websites) {
    const p = i === 0 ? 'website.principal' : `website[${i}].principal`;
    list.push([`${p}.idNumber`, `${p}.idType`]);
  }
  return list;
}
