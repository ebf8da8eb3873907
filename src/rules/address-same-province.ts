import { provinceOfAddress } from '../address/province-of-address';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

/** The subject's document address, mailing address and region must be in one province. */
export const addressSameProvince = defineRule({
  id: 'address-same-province',
  since: '2019-02-19',
  severity: 'error',
  fields: ['subject.certAddress', 'subject.mailingAddress', 'subject.province'],
  description: {
    zh: '主办单位证件住所与通讯地址（以及所属区域）须在同一省份。',
    en: "The subject's document address and mailing address (and its region) must be in the same province.",
  },
  messages: {
    differ: {
      zh: '证件住所在{certProvince}，通讯地址却在{mailProvince}。两者须在同一省份：请填写{certProvince}境内的通讯地址，或在证件所在省份备案。',
      en: 'The document address is in {certProvinceEn} but the mailing address is in {mailProvinceEn}. They must be in one province: give a mailing address in {certProvinceEn}, or file in the province of the document.',
    },
    mailingRegion: {
      zh: '所属区域选的是{regionProvince}，通讯地址却在{mailProvince}。通讯地址须与证件住所、所属区域在同一省份。',
      en: 'The region chosen is {regionProvinceEn} but the mailing address is in {mailProvinceEn}. The mailing address must be in the same province as the document address and the region.',
    },
    region: {
      zh: '所属区域选的是{regionProvince}，证件住所却在{certProvince}。单位须在证件住所所在省份备案（所属区域在验证备案类型后无法修改）。',
      en: 'The region chosen is {regionProvinceEn} but the document address is in {certProvinceEn}. File in the province of the document address (the region is locked once the filing type is verified).',
    },
  },
  why: {
    zh: '阿里云备案流程明确要求证件住所与通讯地址在同一省份；所属区域决定由哪个省管局审核，与证件住所不一致会被驳回。',
    en: 'The filing procedure requires the document and mailing addresses to be in one province; the region decides which provincial administration reviews the filing, and a mismatch with the document address is rejected.',
  },
  sources: [cite('seed-003', '§2 step 3 note'), cite('ALI19', '-rej (所属区域与证件住所不在同一省)')],
  check(ctx) {
    const out: Problem<'differ' | 'region' | 'mailingRegion'>[] = [];
    const cert = provinceOfAddress(ctx.str('subject.certAddress'));
    const region = ctx.selectedProvince;
    // The mailing street may come without its region prefix; then it is in the region chosen.
    const mail = provinceOfAddress(ctx.mailingAddress);
    if (!cert) {
      if (mail && region && mail.id !== region.id) {
        out.push({
          field: 'subject.mailingAddress',
          fields: ['subject.mailingAddress', 'subject.province'],
          messageId: 'mailingRegion',
          params: { mailProvince: mail.name, mailProvinceEn: mail.en, regionProvince: region.name, regionProvinceEn: region.en },
        });
      }
      return out;
    }
    if (mail && mail.id !== cert.id) {
      out.push({
        field: 'subject.mailingAddress',
        fields: ['subject.mailingAddress', 'subject.certAddress'],
        messageId: 'differ',
        params: { certProvince: cert.name, mailProvince: mail.name, certProvinceEn: cert.en, mailProvinceEn: mail.en },
      });
    }
    if (region && region.id !== cert.id) {
      out.push({
        field: 'subject.certAddress',
        fields: ['subject.certAddress', 'subject.province'],
        messageId: 'region',
        params: { certProvince: cert.name, regionProvince: region.name, certProvinceEn: cert.en, regionProvinceEn: region.en },
      });
    }
    return out;
  },
});
