import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

/** Tianjin: name the real district, never the placeholder 市辖区 (QC Tianjin rules). */
export const tianjinDistrict = defineRule({
  id: 'tianjin-district',
  since: '2023-01-01',
  severity: 'error',
  fields: ['subject.province', 'subject.district', 'subject.certAddress'],
  description: {
    zh: '天津：所属区域和证件住所须写明具体的区（如南开区、滨海新区），不能是“市辖区”。',
    en: 'Tianjin: the region and the document address must name the actual district (e.g. 南开区, 滨海新区), not “市辖区”.',
  },
  messages: {
    district: {
      zh: '天津管局不接受“市辖区”，请选择具体的区：华苑环内为南开区、环外为西青区，自贸区/空港为滨海新区。',
      en: 'Tianjin does not accept “市辖区”: choose the actual district (华苑 inside the ring road → 南开区, outside → 西青区; free-trade zone/airport → 滨海新区).',
    },
  },
  why: {
    zh: '区域填写为“市辖区”的天津备案会被退回。',
    en: 'Tianjin filings giving “市辖区” as the district are returned.',
  },
  sources: [cite('QC', { en: 'tianjin (no 市辖区; 华苑/自贸区 districts)', zh: '天津（不选“市辖区”；华苑、自贸区等区域）' })],
  check(ctx) {
    if (ctx.province?.id !== 'tj') return [];
    const out: Problem<'district'>[] = [];
    if (ctx.str('subject.district') === '市辖区') out.push({ field: 'subject.district', messageId: 'district' });
    if (ctx.str('subject.certAddress').includes('市辖区')) out.push({ field: 'subject.certAddress', messageId: 'district' });
    return out;
  },
});
