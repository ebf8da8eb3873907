import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

/** Provinces where an individual's filing cannot be changed, with the source and its date. */
const NO_INDIVIDUAL_CHANGE: readonly { province: string; since: string }[] = [
  { province: 'fj', since: '2019-09-01' },
  { province: 'bj', since: '2023-01-01' },
  { province: 'gs', since: '2023-01-01' },
];
/** Provinces that allow changes but not of the subject (HW, 2025). */
const NO_SUBJECT_CHANGE: readonly string[] = ['sc', 'sn'];
const HW_DAY = '2025-09-01';

/** Changes some administrations refuse: individual filings in BJ, FJ, GS; the subject in SC, SN. */
export const changeNotAllowed = defineRule({
  id: 'change-not-allowed',
  since: '2019-09-01',
  severity: 'error',
  filingTypes: ['change-subject', 'change-website'],
  fields: ['subject.province', 'subject.nature'],
  description: {
    zh: '北京、福建、甘肃的个人备案不能变更；四川、陕西不能变更主体信息。',
    en: 'Individual filings cannot be changed in Beijing, Fujian and Gansu; Sichuan and Shaanxi do not allow changing the subject.',
  },
  messages: {
    individual: {
      zh: '{province}管局不受理个人备案的变更。如需修改，只能注销后重新备案。',
      en: 'The {provinceEn} administration does not accept changes to individual filings; cancel and file again instead.',
    },
    subject: {
      zh: '{province}管局不受理主体信息变更（可变更网站信息）。如需修改主体，只能注销后重新备案。',
      en: 'The {provinceEn} administration does not accept changes of the subject (website changes are fine); cancel and file again instead.',
    },
  },
  why: {
    zh: '这类变更申请会被管局直接驳回。',
    en: 'Such change requests are rejected by the administration.',
  },
  sources: [cite('ALI19', '-prov 福建 (个人备案不能变更)'), cite('JD23', { en: 'Beijing, Gansu (individual filings cannot change)', zh: '北京、甘肃（个人备案不能变更）' }), cite('HW', { en: 'Sichuan, Shaanxi (no change of subject)', zh: '四川、陕西（不能变更主体）' })],
  conflicts: [
    {
      note: {
        zh: '湖北：ALI19（2019）称个人备案不能变更，JD23（≈2023）允许变更为本人的公司：两说冲突，湖北不作判断。',
        en: 'Hubei: ALI19 (2019) says individual filings cannot change, JD23 (≈2023) allows a change to the filer’s own company: the sources conflict, so Hubei is not judged.',
      },
      sources: [cite('ALI19', '-prov'), cite('JD23', 'Hubei')],
    },
  ],
  check(ctx) {
    const province = ctx.province;
    if (!province) return [];
    const params = { province: province.name, provinceEn: province.en };
    const out: Problem<'individual' | 'subject'>[] = [];
    if (ctx.isIndividual && NO_INDIVIDUAL_CHANGE.some((r) => r.province === province.id && ctx.asOf >= r.since)) {
      out.push({ field: 'subject.nature', messageId: 'individual', params });
    } else if (ctx.filingType === 'change-subject' && NO_SUBJECT_CHANGE.includes(province.id) && ctx.asOf >= HW_DAY) {
      out.push({ field: 'subject.province', messageId: 'subject', params });
    }
    return out;
  },
});
