import { divisionOfAddress } from '../address/province-of-address';
import { cite } from '../facts/sources';
import { defineRule } from './rule';

/** Provinces whose administration also requires one city (HW-mgj, 2025). */
export const SAME_CITY_PROVINCES: readonly string[] = ['he', 'ha', 'gz'];

/** Hebei, Henan, Guizhou: document and mailing addresses in the same prefecture-level city. */
export const addressSameCity = defineRule({
  id: 'address-same-city',
  severity: 'error',
  fields: ['subject.certAddress', 'subject.mailingAddress', 'subject.city', 'subject.province'],
  since: '2025-09-01',
  description: {
    zh: '河北、河南、贵州：主办单位证件住所与通讯地址须在同一地级市。',
    en: 'Hebei, Henan, Guizhou: the document address and the mailing address must be in the same prefecture-level city.',
  },
  messages: {
    differ: {
      zh: '证件住所在{certCity}，通讯地址却在{mailCity}。{province}管局要求两者在同一城市。',
      en: 'The document address is in {certCity} but the mailing address is in {mailCity}. The {provinceEn} administration requires the same city.',
    },
  },
  why: {
    zh: '华为云管局咨询（2025）：河北、河南、贵州要求通讯地址与证件住所同城，否则驳回。',
    en: "Huawei Cloud's administration notes (2025): Hebei, Henan and Guizhou require the mailing address in the document's city, or the filing is returned.",
  },
  sources: [cite('HW', '-mgj kb/topics/备案管局咨询.md (HE, HA, GZ 同城)')],
  conflicts: [
    {
      note: {
        zh: '仅华为云知识库（2025-09起的资料）有此要求，较早来源只要求同省；因此自2025-09-01起执行。',
        en: "Only Huawei's knowledge base (sources from 2025-09) states it; older sources require only the same province. Enforced from 2025-09-01.",
      },
      sources: [cite('HW', '-mgj'), cite('seed-003', '§2 step 3 note')],
    },
  ],
  check(ctx) {
    const province = ctx.province;
    if (!province || !SAME_CITY_PROVINCES.includes(province.id)) return [];
    const cert = divisionOfAddress(ctx.str('subject.certAddress'));
    if (!cert?.prefecture || cert.province.id !== province.id) return [];
    const mail = divisionOfAddress(ctx.mailingAddress);
    // The mailing street may come without its region prefix: the city select stands in.
    const mailCity = mail?.prefecture ?? (mail ? undefined : divisionOfAddress(ctx.str('subject.city'))?.prefecture);
    if (!mailCity || mailCity === cert.prefecture) return [];
    return [
      {
        field: 'subject.mailingAddress',
        fields: ['subject.mailingAddress', 'subject.certAddress'],
        messageId: 'differ',
        params: { certCity: cert.prefecture, mailCity, province: province.name, provinceEn: province.en },
      },
    ];
  },
});
