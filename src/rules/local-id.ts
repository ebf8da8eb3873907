import { certKindOf } from '../facts/cert-types';
import { LOCAL_ID_REQUIRED, RESIDENCE_PROOF } from '../facts/person-rules';
import { PROVINCES } from '../facts/provinces';
import { cite } from '../facts/sources';
import { defineRule } from './rule';


const BY_GB = new Map(PROVINCES.map((p) => [p.gb, p]));
const LOCAL_REQUIRED = new Set(LOCAL_ID_REQUIRED);

/** Individuals filing outside the province of their ID card. */
export const localId = defineRule({
  id: 'local-id',
  since: '2019-09-01',
  severity: 'warning',
  fields: ['subject.principal.idNumber', 'subject.certNumber', 'subject.province', 'subject.nature'],
  description: {
    zh: '个人备案：部分省份只受理本省身份证；其他省份的外地人员须提供居住证等证明。',
    en: 'Individual filings: some provinces accept only local ID cards; others need a residence permit or similar proof from non-locals.',
  },
  messages: {
    required: {
      zh: '身份证为{idProvince}签发，{province}管局只受理本省身份证的个人备案。',
      en: 'The ID card was issued in {idProvinceEn}; the {provinceEn} administration accepts individual filings only with a local ID card.',
    },
    residenceProof: {
      zh: '身份证为{idProvince}签发，在{province}做个人备案需提供当地居住证等证明材料。{note}',
      en: 'The ID card was issued in {idProvinceEn}; an individual filing in {provinceEn} needs a local residence permit or similar proof. {noteEn}',
      severity: 'info',
    },
    shanghaiId: {
      zh: '身份证号码不以310开头，上海管局要求同时提供上海居住证或户口簿。',
      en: 'The ID number does not start with 310; Shanghai also requires a Shanghai residence permit or household register.',
      severity: 'info',
    },
  },
  why: {
    zh: '各省管局对外地个人备案的要求不同，缺少证明材料会被驳回。',
    en: 'Provinces treat non-local individuals differently; missing proof gets the filing rejected.',
  },
  sources: [cite('JD23', { en: 'provincial rules (local ID)', zh: '各省管局规则（本地身份证）' }), cite('ALI19', '-prov'), cite('HW', 'kb/topics/备案管局咨询.md'), cite('QC', { en: 'shanghai.md', zh: '上海' })],
  conflicts: [
    {
      note: {
        zh: '内蒙古：JD23/ALI19 允许外地个人凭居住证明备案，HW（2025）称不受理；浙江：HW（2025-09起）要求居住证，较早来源未提。',
        en: 'Inner Mongolia: JD23/ALI19 allow non-local individuals with proof of residence, HW (2025) refuses them. Zhejiang: HW (from 2025-09) requires a residence permit; older sources are silent.',
      },
      sources: [cite('JD23'), cite('HW')],
    },
  ],
  check(ctx) {
    if (!ctx.isIndividual) return [];
    const province = ctx.province;
    if (!province) return [];
    const [field, id] = idOf(ctx);
    if (!id || !/^\d{17}[\dX]$/.test(id)) return [];
    const idProvince = BY_GB.get(id.slice(0, 2));
    if (!idProvince) return [];
    const params = { province: province.name, provinceEn: province.en, idProvince: idProvince.name, idProvinceEn: idProvince.en, note: '', noteEn: '' };
    if (idProvince.id === province.id) {
      return province.id === 'sh' && !id.startsWith('310') ? [{ field, messageId: 'shanghaiId', params }] : [];
    }
    if (LOCAL_REQUIRED.has(province.id)) return [{ field, messageId: 'required', params }];
    const proof = RESIDENCE_PROOF[province.id];
    if (proof && (proof.since === undefined || ctx.asOf >= proof.since)) {
      const nm = province.id === 'nm';
      return [{ field, messageId: 'residenceProof', params: { ...params, note: nm ? '（华为云2025年称内蒙古不受理外地个人，请先咨询。）' : '', noteEn: nm ? '(Huawei said in 2025 that Inner Mongolia refuses non-locals; ask first.)' : '' } }];
    }
    return [];
  },
});

function idOf(ctx: Parameters<typeof localId.check>[0]): [string, string] {
  for (const [n, t] of [['subject.principal.idNumber', 'subject.principal.idType'], ['subject.certNumber', 'subject.certType']] as const) {
    const v = ctx.str(n).toUpperCase();
    const kind = certKindOf(ctx.str(t));
    if (v && (kind === undefined || kind === 'resident-id')) return [n, v];
  }
  return ['subject.principal.idNumber', ''];
}
