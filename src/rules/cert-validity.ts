import { cite } from '../facts/sources';
import { principalPrefixes } from './context';
import { defineRule, type Problem } from './rule';

const LONG_TERM = /长期|永久|long[- ]?term|permanent/i;
const DATE = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})|(\d{4})(\d{2})(\d{2})/g;
const RESIDENCE_PERMIT = /居住证|residence permit/i;

/** The last date in a validity value (`2016.05.01-2036.05.01` → 2036-05-01), or undefined. */
export function validUntil(value: string): string | undefined {
  let last: string | undefined;
  for (const m of value.matchAll(DATE)) {
    const [y, mo, d] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const t = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso) last = iso;
  }
  return last;
}

/** The ISO day `months` calendar months after `day` (clamped to the month's end). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Documents must stay valid well beyond the filing: 3 months in general; Shanghai 6/3/1 by document. */
export const certValidity = defineRule({
  id: 'cert-validity',
  since: '2019-09-01',
  severity: 'error',
  fields: ['subject.certValidUntil', 'subject.principal.idValidUntil', 'website[*].principal.idValidUntil', 'subject.province'],
  description: {
    zh: '主体证件和负责人证件的剩余有效期须超过 3 个月；上海：营业执照至少 6 个月、身份证 3 个月、居住证 1 个月。',
    en: 'The subject’s and principals’ documents must be valid for more than 3 more months; Shanghai: business licence at least 6 months, ID card 3, residence permit 1.',
  },
  messages: {
    expired: {
      zh: '证件有效期至 {until}，已过期。请先换领新证件再备案。',
      en: 'The document was valid until {until} and has expired. Renew it before filing.',
    },
    tooShort: {
      zh: '证件有效期至 {until}，剩余不足 {months} 个月（须在 {needed} 之后到期）。请先换领新证件再备案。',
      en: 'The document is valid until {until}, less than {months} months from now (it must run past {needed}). Renew it before filing.',
    },
  },
  why: {
    zh: '管局审核期间证件须持续有效，剩余有效期不足的备案会被驳回。',
    en: 'Documents must stay valid throughout the review; filings with documents close to expiry are rejected.',
  },
  sources: [cite('ALI19', '-prov (证件有效期 3 个月以上)'), cite('JD23', { en: 'provincial rules (validity more than 3 months)', zh: '各省管局规则（有效期 3 个月以上）' }), cite('HW', { en: 'document validity', zh: '证件有效期' }), cite('QC', { en: 'shanghai.md (营业执照 6 个月, 身份证 3 个月, 居住证 1 个月)', zh: '上海（营业执照 6 个月、身份证 3 个月、居住证 1 个月）' })],
  conflicts: [
    {
      note: {
        zh: '一般要求为剩余 3 个月以上（ALI19 2019、JD23、HW）；青云的上海规则（≈2023）按证件区分：营业执照 6 个月、身份证 3 个月、居住证 1 个月，自 2023-01-01 起适用于上海。',
        en: 'The general rule is more than 3 months left (ALI19 2019, JD23, HW); QingCloud’s Shanghai rules (≈2023) differ by document: business licence 6 months, ID card 3, residence permit 1 — applied to Shanghai from 2023-01-01.',
      },
      sources: [cite('ALI19', '-prov'), cite('QC', { en: 'shanghai.md', zh: '上海' })],
    },
  ],
  check(ctx) {
    const shanghai = ctx.province?.id === 'sh' && ctx.asOf >= '2023-01-01';
    const out: Problem<'expired' | 'tooShort'>[] = [];
    const judge = (field: string, months: number) => {
      const value = ctx.str(field);
      if (!value || LONG_TERM.test(value)) return;
      const until = validUntil(value);
      if (!until) return;
      const needed = addMonths(ctx.asOf, months);
      if (until < ctx.asOf) out.push({ field, messageId: 'expired', params: { until } });
      else if (until <= needed) out.push({ field, messageId: 'tooShort', params: { until, months, needed } });
    };
    judge('subject.certValidUntil', shanghai && !ctx.isIndividual ? 6 : 3);
    for (const prefix of principalPrefixes(ctx)) {
      const residence = RESIDENCE_PERMIT.test(ctx.str(`${prefix}.idType`));
      judge(`${prefix}.idValidUntil`, shanghai && residence ? 1 : 3);
    }
    return out;
  },
});
