import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { parseIcpNumber } from './support/icp-number';

/** An existing ICP number stays in its province: a filing cannot move province. */
export const icpNumberProvince = defineRule({
  id: 'icp-number-province',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].icpNumber', 'subject.province'],
  description: {
    zh: '网站备案号的省份简称须与主办单位所属省份一致（备案不能跨省变更）。',
    en: "The province abbreviation of the ICP number must match the subject's province (a filing cannot change province).",
  },
  messages: {
    differ: {
      zh: '备案号“{value}”属于{icpProvince}（{abbr}），而主办单位所属区域是{province}。备案不能跨省：请在{icpProvince}办理，或先注销原备案再在{province}重新备案。',
      en: 'ICP number "{value}" belongs to {icpProvinceEn} ({abbr}) but the subject region is {provinceEn}. A filing cannot change province: file in {icpProvinceEn}, or cancel it and file anew in {provinceEn}.',
    },
    oldAbbr: {
      zh: '备案号“{value}”用的是旧简称“{abbr}”，现行简称为“{current}”。请按工信部备案系统中显示的备案号填写。',
      en: 'ICP number "{value}" uses the old abbreviation "{abbr}"; the current one is "{current}". Enter the number as the MIIT system shows it.',
      severity: 'info',
    },
  },
  why: {
    zh: '备案所属省份无法变更；如需更换省份，须先注销备案，再向新省份管局重新申请。',
    en: 'The province of a filing cannot be changed; to change it the filing must be cancelled and a new one submitted in the new province.',
  },
  sources: [cite('seed-003', { en: '§6 (You cannot change the province)', zh: '第6节（不能更改省份）' }), cite('MIITNUM', { en: 'ICP number prefixes (川/甘 older spellings)', zh: '备案号前缀（川/甘 为旧写法）' }), cite('HW', { en: 'province cannot be changed', zh: '省份不能变更' })],
  check(ctx) {
    const out: Problem<'differ' | 'oldAbbr'>[] = [];
    const province = ctx.province;
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'icpNumber');
      const value = ctx.str(field);
      if (!value) continue;
      const parsed = parseIcpNumber(value);
      const icp = parsed?.province;
      if (!parsed || !icp) continue; // malformed numbers are icp-number-format's business
      if (province && icp.id !== province.id) {
        out.push({
          field,
          fields: [field, 'subject.province'],
          messageId: 'differ',
          params: { value, abbr: parsed.abbr, icpProvince: icp.name, icpProvinceEn: icp.en, province: province.name, provinceEn: province.en },
        });
      } else if (parsed.abbr !== icp.abbr) {
        out.push({ field, messageId: 'oldAbbr', params: { value, abbr: parsed.abbr, current: icp.abbr } });
      }
    }
    return out;
  },
});
