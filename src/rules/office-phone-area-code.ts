import { divisionOfAddress, shortDivisionName } from '../address/province-of-address';
import { areaCodeCities } from '../facts/phone-regions';
import { cite } from '../facts/sources';
import { principalPrefixes } from './context';
import { defineRule, type Problem } from './rule';
import { landlineAreaCode } from './support/phone';

/**
 * The area code of 联系方式2 (office phone) must belong to the mailing address's city. Cities
 * of an area code come from libphonenumber's data; without a known city on either side, nothing.
 */
export const officePhoneAreaCode = defineRule({
  id: 'office-phone-area-code',
  since: '2019-02-01',
  severity: 'warning',
  fields: ['subject.principal.phone', 'website[*].principal.phone', 'subject.mailingAddress', 'subject.city', 'subject.province'],
  description: {
    zh: '联系方式2（办公电话）的区号须与通讯地址所在城市一致。',
    en: 'The area code of contact method 2 (office phone) must match the city of the mailing address.',
  },
  messages: {
    mismatch: {
      zh: '联系方式2的区号 {code} 属于{codeCities}，而通讯地址在{city}。请填写通讯地址所在城市的办公电话。',
      en: 'The area code {code} of contact method 2 belongs to {codeCities}, but the mailing address is in {city}. Give an office phone of the mailing address’s city.',
    },
  },
  why: {
    zh: '接入商和管局核对办公电话区号与通讯地址是否一致，不一致会被退回修改。',
    en: 'Providers and administrations check the office phone’s area code against the mailing address; a mismatch is returned for correction.',
  },
  sources: [cite('ALI19', '-faq 联系方式2 (区号与通讯地址一致)'), cite('ALI19', { en: '-en Office phone number', zh: '办公电话' })],
  check(ctx) {
    const city = mailingCity(ctx.mailingAddress, ctx.str('subject.city'));
    if (!city) return [];
    const out: Problem<'mismatch'>[] = [];
    for (const prefix of principalPrefixes(ctx)) {
      const field = `${prefix}.phone`;
      const code = landlineAreaCode(ctx.str(field));
      const codeCities = code ? areaCodeCities(code) : undefined;
      if (!code || !codeCities || codeCities.includes(shortDivisionName(city))) continue;
      out.push({ field, fields: [field, 'subject.mailingAddress'], messageId: 'mismatch', params: { code, codeCities, city } });
    }
    return out;
  },
});

/** The prefecture-level city (or municipality) of the mailing address, or of the city select. */
function mailingCity(address: string, citySelect: string): string | undefined {
  const d = divisionOfAddress(address) ?? divisionOfAddress(citySelect);
  if (!d) return undefined;
  if (d.prefecture) return d.prefecture;
  return d.province.name.endsWith('市') ? d.province.name : undefined;
}
