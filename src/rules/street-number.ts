import { cite } from '../facts/sources';
import { defineRule } from './rule';

/** A door number: digits (or Chinese numerals) followed by 号, 栋, 室 … or 12-3 / 5# forms. */
const DOOR_NUMBER = /([0-9０-９]+|[一二三四五六七八九十百零〇两]+)\s*(号|栋|幢|室|弄|座|楼|单元|层|组|排|户|巷|支弄|#|＃)|[A-Za-zＡ-Ｚ]\s*(栋|座|幢|单元)|[0-9０-９]+\s*[-－—]\s*[0-9０-９]+|\bNo\.?\s*\d+/i;
/** Remarks that explain there is no door number (ALI19-faq wording and close variants). */
const EXPLAINED = /(最详细|无门牌|没有门牌|无具体门牌|没有具体门牌|无详细门牌|无街道门牌|暂无门牌)/;

export const streetNumber = defineRule({
  id: 'street-number',
  since: '2019-02-19',
  severity: 'warning',
  fields: ['subject.mailingAddress', 'subject.remarks'],
  description: {
    zh: '通讯地址须详细到门牌号；没有门牌号时，备注须说明“此地址已是最详细地址”。',
    en: 'The mailing address must go down to the street/house number; if there is none, the remarks must say "此地址已是最详细地址" (this is the most detailed address).',
  },
  messages: {
    missing: {
      zh: '通讯地址“{value}”没有具体门牌号（如 XX路12号、X栋X室）。请补全；若确实没有门牌号，请在主体备注中写明“此地址已是最详细地址”。',
      en: 'Mailing address "{value}" has no house number (e.g. 12号, X栋X室). Add it; if there truly is none, write "此地址已是最详细地址" in the subject remarks.',
    },
  },
  why: {
    zh: '管局要求通讯地址详细到门牌号；缺门牌号又无备注说明的，初审会驳回。',
    en: 'The administration requires the mailing address down to the house number; without one and without a note in the remarks the filing is returned.',
  },
  sources: [cite('seed-003', '§2 step 3 note'), cite('ALI19', '-faq 通讯地址')],
  check(ctx) {
    const value = ctx.mailingAddress;
    if (!value || DOOR_NUMBER.test(value)) return [];
    if (EXPLAINED.test(ctx.str('subject.remarks'))) return [];
    return [{ field: 'subject.mailingAddress', messageId: 'missing', params: { value } }];
  },
});
