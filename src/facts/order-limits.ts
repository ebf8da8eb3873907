import { cite } from './sources';

/**
 * How many websites one filing order may carry, by province (and subject kind), dated.
 * ALI19-form table (2019-09-19), JD23 (≈2023, taken as from 2023-01-01), HW (from 2025-09-01).
 */
export interface OrderLimit {
  /** Province id, or '*' for every province. */
  province: string;
  max: number;
  /** Only for individuals / only for units. */
  subject?: 'individual' | 'unit';
  /** Only first filings (首次备案). */
  firstFilingOnly?: boolean;
  since?: string;
  until?: string;
  source: string;
  conflict?: string;
}

const HA_CONFLICT =
  'Henan: ALI19 (2019) allows 3 sites (individual) / 5 (unit) per order; JD23 (≈2023) one site per order; HW (2025) 5 domains. Each is in force from its date.';

export const ORDER_LIMITS: readonly OrderLimit[] = [
  { province: 'hb', max: 1, source: `${cite('ALI19', '-form 增加备案网站 (湖北: 一次只能备案一个网站)')}; ${cite('JD23', 'Hubei')}` },
  { province: 'sn', max: 5, firstFilingOnly: true, source: cite('ALI19', '-form 增加备案网站 (陕西: 首次备案一次五个网站)') },
  { province: 'hn', max: 1, since: '2023-01-01', source: cite('JD23', { en: 'Hunan (one site per order)', zh: '湖南（每个订单一个网站）' }) },
  { province: 'ha', max: 3, subject: 'individual', until: '2023-01-01', source: cite('ALI19', '-form 增加备案网站 (河南)'), conflict: HA_CONFLICT },
  { province: 'ha', max: 5, subject: 'unit', until: '2023-01-01', source: cite('ALI19', '-form 增加备案网站 (河南)'), conflict: HA_CONFLICT },
  { province: 'ha', max: 1, since: '2023-01-01', until: '2025-09-01', source: cite('JD23', 'Henan'), conflict: HA_CONFLICT },
  { province: 'ha', max: 5, since: '2025-09-01', source: cite('HW', { en: 'Henan (5 domains)', zh: '河南（5 个域名）' }), conflict: HA_CONFLICT },
  { province: 'sx', max: 3, since: '2025-09-01', source: cite('HW', { en: 'Shanxi (at most 3 new domains per order)', zh: '山西（每个订单最多 3 个新域名）' }) },
  { province: 'hi', max: 1, subject: 'individual', firstFilingOnly: true, since: '2025-09-01', source: cite('HW', { en: "Hainan (an individual's first filing: one domain)", zh: '海南（个人首次备案：一个域名）' }) },
  { province: '*', max: 5, subject: 'individual', since: '2025-09-01', source: cite('HW', { en: 'an individual subject may hold at most 5 services', zh: '个人主体最多 5 个互联网信息服务' }) },
];

/**
 * The product's own limit: the helper handles websites `website` … `website[49]`. No console
 * offers more in one order (the largest limits above are 30 sites per unit); a higher index
 * means a broken or hostile draft, refused with a clear error rather than judged.
 */
export const MAX_WEBSITES = 50;
