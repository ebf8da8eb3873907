import { provinceNames, provinceOfAddress, shortDivisionName } from '../address/province-of-address';
import { cite } from '../facts/sources';
import { defineRule } from './rule';

const NOT_A_PLACE = /^(市辖区|县|省直辖县.*|自治区直辖县.*|请选择.*|--.*)$/;

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** The mailing address street input must not repeat the province/city the form already shows. */
export const mailingAddressRepeatsRegion = defineRule({
  id: 'mailing-address-repeats-region',
  since: '2019-02-19',
  severity: 'warning',
  fields: ['subject.mailingAddress', 'subject.province', 'subject.city', 'subject.district'],
  description: {
    zh: '通讯地址的街道部分不要重复填写表单已显示的省、市、区。',
    en: 'The street part of the mailing address should not repeat the province, city and district the form already shows.',
  },
  messages: {
    repeated: {
      zh: '通讯地址中“{place}”出现了两次（“{value}”）。表单已自动带出所属省市区，街道栏只需填写街道地址。',
      en: '"{place}" appears twice in the mailing address ("{value}"). The form already shows the region; the street field needs only the street address.',
    },
  },
  why: {
    zh: '表单提示“请填写街道地址，不要重复填写省市”；重复的地址会被要求修改。',
    en: 'The form says "enter the street address, do not repeat the province and city"; a repeated region has to be corrected.',
  },
  sources: [cite('seed-003', '§2 step 3 (主办单位通讯地址: 请填写街道地址，不要重复填写省市)')],
  check(ctx) {
    const value = ctx.mailingAddress;
    if (!value) return [];
    let text = value.replace(/\s+/g, '');
    const province = ctx.selectedProvince ?? provinceOfAddress(text);
    const full = province ? provinceNames(province)[0] : undefined;
    // A municipality's fixed prefix names it twice by design (天津市 天津市 南开区): count it once.
    if (full?.endsWith('市') && text.startsWith(full + full)) text = text.slice(full.length);
    const city = ctx.str('subject.city');
    const district = ctx.str('subject.district');
    const places: string[] = [];
    for (const p of [city, district]) if (p && !NOT_A_PLACE.test(p) && p.length >= 2) places.push(p);
    if (province) {
      const short = provinceNames(province)[1];
      places.push(full!);
      // The short name alone recurs legitimately (北京市…北京大学); only "浙江杭州"-like pairs count.
      const cityShort = city && !NOT_A_PLACE.test(city) ? shortDivisionName(city) : '';
      if (short && cityShort && !cityShort.startsWith(short)) places.push(short + cityShort);
    }
    const place = places.find((p) => count(text, p) >= 2);
    return place ? [{ field: 'subject.mailingAddress', messageId: 'repeated', params: { place, value } }] : [];
  },
});
