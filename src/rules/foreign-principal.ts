import { certKindOf, type CertKind } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

const FOREIGN: ReadonlySet<CertKind> = new Set(['passport', 'foreign-permanent']);
const NON_MAINLAND: ReadonlySet<CertKind> = new Set(['passport', 'foreign-permanent', 'hk-macau-permit', 'taiwan-permit', 'hk-macau-residence', 'taiwan-residence']);

/** Hebei and Jiangxi refuse foreign individuals; in Shanxi and Shandong a foreign legal representative authorises a mainland citizen. */
export const foreignPrincipal = defineRule({
  id: 'foreign-principal',
  since: '2023-01-01',
  severity: 'error',
  fields: ['subject.province', 'subject.nature', 'subject.certType', 'subject.principal.idType'],
  description: {
    zh: '河北、江西不受理外籍个人备案；山西、山东的外籍（山西含港澳台）法定代表人须授权内地居民担任主体负责人。',
    en: 'Hebei and Jiangxi refuse foreign individuals; in Shanxi and Shandong a foreign (in Shanxi also HK/Macau/Taiwan) legal representative must authorise a mainland citizen as subject principal.',
  },
  messages: {
    refused: {
      zh: '{province}管局不受理外籍人士的个人备案（证件类型“{idType}”）。',
      en: 'The {provinceEn} administration does not accept individual filings by foreign nationals (document type "{idType}").',
    },
    authorise: {
      zh: '主体负责人证件为“{idType}”：{province}管局要求外籍{hkmo}法定代表人出具授权书，由持内地居民身份证的人担任主体负责人。',
      en: 'The subject principal’s document is "{idType}": the {provinceEn} administration wants a foreign{hkmoEn} legal representative to authorise a holder of a mainland ID card as subject principal.',
      severity: 'warning',
    },
  },
  why: {
    zh: '不符合的主体负责人会导致备案被驳回。',
    en: 'A subject principal who does not qualify gets the filing rejected.',
  },
  sources: [cite('JD23', { en: 'Hebei, Jiangxi (no foreigners); Shanxi (foreign or HK/MO/TW 法人 authorises)', zh: '河北、江西（不受理外籍人员）；山西（外籍或港澳台法人出具授权）' }), cite('QC', { en: 'Shandong (foreign 法人 authorises a Chinese citizen)', zh: '山东（外籍法人授权中国公民）' })],
  check(ctx) {
    const province = ctx.province;
    if (!province) return [];
    const idType = ctx.str('subject.principal.idType') || (ctx.isIndividual ? ctx.str('subject.certType') : '');
    const kind = certKindOf(idType);
    if (!kind) return [];
    const params = { province: province.name, provinceEn: province.en, idType, hkmo: '', hkmoEn: '' };
    const out: Problem<'refused' | 'authorise'>[] = [];
    if (ctx.isIndividual) {
      if ((province.id === 'he' || province.id === 'jx') && FOREIGN.has(kind)) out.push({ field: 'subject.principal.idType', messageId: 'refused', params });
    } else if ((province.id === 'sx' && NON_MAINLAND.has(kind)) || (province.id === 'sd' && FOREIGN.has(kind))) {
      const sx = province.id === 'sx';
      out.push({ field: 'subject.principal.idType', messageId: 'authorise', params: { ...params, hkmo: sx ? '或港澳台' : '', hkmoEn: sx ? ' or HK/Macau/Taiwan' : '' } });
    }
    return out;
  },
});
