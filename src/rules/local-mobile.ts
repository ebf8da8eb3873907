import { LOCAL_MOBILE_REQUIRED } from '../facts/person-rules';
import { mobileHomeProvince } from '../facts/phone-regions';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { mainlandMobile } from './support/phone';

// A remark explaining a non-local number (Shaanxi accepts one instead of a local number).
const NON_LOCAL_REASON = /非本地|非本省|外地|异地|外省|归属地/;

/**
 * 联系方式1 must be a local mobile in some provinces. The number's home province comes from
 * libphonenumber's geocoding data; a prefix without data gives no finding.
 */
export const localMobile = defineRule({
  id: 'local-mobile',
  since: '2019-09-01',
  severity: 'error',
  fields: ['subject.province', 'subject.principal.mobile', 'website[*].principal.mobile', 'subject.remarks', 'website[*].remarks'],
  description: {
    zh: '江苏、甘肃、广西、黑龙江、湖南、吉林、辽宁、陕西、天津、新疆、四川、河南：负责人的联系方式1须为本省号段手机（陕西可在备注中说明原因）。',
    en: "Jiangsu, Gansu, Guangxi, Heilongjiang, Hunan, Jilin, Liaoning, Shaanxi, Tianjin, Xinjiang, Sichuan and Henan: each principal's contact method 1 must be a local mobile (in Shaanxi a reason in the remarks suffices).",
  },
  messages: {
    notLocal: {
      zh: '联系方式1 {mobile} 的归属地是{home}，{province}管局要求负责人使用本省号段的手机号码。',
      en: 'Contact method 1 {mobile} is registered in {homeEn}; the {provinceEn} administration wants a local mobile number for each principal.',
    },
    remark: {
      zh: '联系方式1 {mobile} 的归属地是{home}。陕西管局接受外地号码，但须在备注中说明原因（如“负责人长期在外地工作，使用外地号码”）。',
      en: 'Contact method 1 {mobile} is registered in {homeEn}. Shaanxi accepts a non-local number if the remarks give the reason.',
      severity: 'warning',
    },
  },
  why: {
    zh: '这些省份的管局会核对手机号归属地，外地号码的备案会被驳回。',
    en: 'These administrations check where the mobile is registered; filings with a non-local number are rejected.',
  },
  sources: [cite('ALI19', '-prov (本省号段手机)'), cite('JD23', { en: 'provincial rules (local mobile)', zh: '各省管局规则（本地手机号）' }), cite('QC', { en: 'provincial rules (local mobile)', zh: '各省管局规则（本地手机号）' })],
  conflicts: [
    {
      note: {
        zh: '十个省份的要求见于 ALI19 各省规则（2019-09）与 JD23（≈2023）；四川、河南只见于青云（≈2023），按 2023-01-01 起计。',
        en: 'Ten provinces are named by ALI19 provincial rules (2019-09) and JD23 (≈2023); Sichuan and Henan only by QingCloud (≈2023), counted from 2023-01-01.',
      },
      sources: [cite('ALI19', '-prov'), cite('JD23'), cite('QC')],
    },
  ],
  check(ctx) {
    const province = ctx.province;
    if (!province) return [];
    const fact = LOCAL_MOBILE_REQUIRED.find((f) => f.province === province.id && ctx.asOf >= f.since);
    if (!fact) return [];
    const remarks = [ctx.str('subject.remarks'), ...ctx.websites.map((i) => ctx.str(ctx.wk(i, 'remarks')))].join(' ');
    const out: Problem<'notLocal' | 'remark'>[] = [];
    for (const field of ['subject.principal.mobile', ...ctx.websites.map((i) => ctx.wk(i, 'principal.mobile'))]) {
      const mobile = mainlandMobile(ctx.str(field));
      if (!mobile) continue;
      const home = mobileHomeProvince(mobile);
      if (!home || home.id === province.id) continue;
      const params = { mobile, home: home.name, homeEn: home.en, province: province.name, provinceEn: province.en };
      if (fact.remarkSuffices) {
        if (!NON_LOCAL_REASON.test(remarks) && !remarks.includes(mobile)) out.push({ field, messageId: 'remark', params });
      } else out.push({ field, messageId: 'notLocal', params });
    }
    return out;
  },
});
