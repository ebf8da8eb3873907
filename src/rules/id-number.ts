import { certKindOf } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { computeIdCheckChar } from './checksums';
import type { RuleContext } from './context';
import { defineRule, type Problem } from './rule';
import { checkIdNumber, looksLikeIdNumber, type IdProblem } from './support/id-number';

/** Resident ID numbers (居民身份证号码) of the subject and of every principal, per GB 11643. */
export const idNumber = defineRule({
  id: 'id-number',
  since: '1999-01-01',
  severity: 'error',
  fields: ['subject.certNumber', 'subject.principal.idNumber', 'website[*].principal.idNumber', 'subject.certType', 'subject.principal.idType', 'website[*].principal.idType'],
  description: {
    zh: '居民身份证号码须符合 GB 11643：18位、地区码有效、出生日期真实且不在未来、校验位正确。',
    en: 'Resident ID numbers must pass GB 11643: 18 characters, a valid region code, a real birth date not in the future, and the right check character.',
  },
  messages: {
    old15: {
      zh: '“{value}”是15位的第一代身份证号码，已停止使用。请填写现行18位身份证号码。',
      en: '"{value}" is a 15-digit first-generation ID number, no longer valid. Enter the 18-character number of the current ID card.',
    },
    format: {
      zh: '身份证号码“{value}”格式不对：应为17位数字加1位数字或X，共18位（现为{length}位）。',
      en: 'ID number "{value}" is malformed: it must be 17 digits plus a digit or X, 18 characters in all (it has {length}).',
    },
    region: {
      zh: '身份证号码“{value}”的前两位“{code}”不是有效的省级地区码。请对照身份证核对。',
      en: 'The first two digits "{code}" of ID number "{value}" are not a valid province code. Check it against the ID card.',
    },
    birthDate: {
      zh: '身份证号码“{value}”第7-14位“{birth}”不是真实的出生日期（或在未来）。请对照身份证核对。',
      en: 'Digits 7-14 "{birth}" of ID number "{value}" are not a real birth date (or lie in the future). Check it against the ID card.',
    },
    checksum: {
      zh: '身份证号码“{value}”的校验位不对（按前17位应为“{expected}”），可能有数字输错。请逐位核对。',
      en: 'The check character of ID number "{value}" is wrong (the first 17 digits give "{expected}"); a digit is probably mistyped. Check each digit.',
    },
    residencePermit: {
      zh: '“{value}”是港澳台居民居住证号码，不是居民身份证号码。请把证件类型改为对应的居住证。',
      en: '"{value}" is a Hong Kong/Macau/Taiwan residence permit number, not a resident ID. Choose the residence permit as the document type.',
      severity: 'warning',
    },
    lowercase: {
      zh: '身份证号码末位请用大写 X（“{value}”）。',
      en: 'Use a capital X at the end of the ID number ("{value}").',
      severity: 'info',
    },
  },
  why: {
    zh: '证件号码与证件不一致，接入商初审或管局审核会驳回；短信核验也要用证件号后6位。',
    en: 'A number that does not match the document is rejected by the provider or the communications administration; SMS verification also asks for its last 6 characters.',
  },
  sources: [cite('GB11643'), cite('seed-003', '§2 step 3 (负责人证件号码)'), cite('ALI19', '-form 负责人证件号码')],
  check(ctx) {
    const out: Problem<IdProblem>[] = [];
    for (const [numberKey, typeKey, mayGuess] of idFieldPairs(ctx)) {
      const value = ctx.str(numberKey);
      if (!value) continue;
      const kind = certKindOf(ctx.str(typeKey));
      if (kind !== undefined && kind !== 'resident-id') continue;
      // Type not chosen (yet): check what looks like an ID number, unless it is a unit's number.
      if (kind === undefined && (!mayGuess || !looksLikeIdNumber(value))) continue;
      const problem = checkIdNumber(value, ctx.asOf, false);
      if (!problem) continue;
      const upper = value.replace(/\s+/g, '').toUpperCase();
      out.push({
        field: numberKey,
        messageId: problem,
        params: {
          value,
          length: upper.length,
          code: upper.slice(0, 2),
          birth: upper.slice(6, 14),
          expected: problem === 'checksum' ? computeIdCheckChar(upper.slice(0, 17)) : '',
        },
      });
    }
    return out;
  },
});

/**
 * [number key, type key, may guess the type] triples. A unit's own number with no type chosen
 * is a credit code, not an ID, so the type is not guessed there.
 */
function idFieldPairs(ctx: RuleContext): [string, string, boolean][] {
  const kind = ctx.subjectKind;
  const pairs: [string, string, boolean][] = [
    ['subject.certNumber', 'subject.certType', kind === undefined || kind === 'individual'],
    ['subject.principal.idNumber', 'subject.principal.idType', true],
  ];
  for (const i of ctx.websites) {
    const p = i === 0 ? 'website.principal' : `website[${i}].principal`;
    pairs.push([`${p}.idNumber`, `${p}.idType`, true]);
  }
  return pairs;
}
