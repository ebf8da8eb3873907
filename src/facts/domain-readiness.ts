/**
 * What a domain needs before it can be filed (domain verification since 2018-01-01: seed 003
 * §3 step 4 notes 1-2; ALI19-rej; HW), with the provinces' extra demands, and how unfiled
 * domains must stay closed (JD23). Data for the `domain-readiness` planner step.
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';

export const DOMAIN_CHECKS_SINCE = '2018-01-01';

export const DOMAIN_READINESS = {
  holder: {
    unit: { zh: '域名持有者须为主办单位（名称、证件类型和证件号码与主体一致）。', en: 'The domain holder must be the subject itself (same name, document type and number).' },
    individual: { zh: '个人备案：域名持有者须为本人（姓名和身份证号与主体一致）。', en: 'Individual filing: the domain holder must be the person filing (same name and ID number).' },
  },
  realName: { zh: '域名已完成实名认证，且在境内注册商注册（可在“域名.信息”查询）。', en: 'The domain is real-name verified and registered with a mainland registrar (check on 域名.信息).' },
  expiry: { zh: '域名距到期超过 3 个月，否则请先续费。', en: 'More than 3 months left before the domain expires; renew it first otherwise.' },
  privacy: { zh: '审核期间关闭域名隐私保护。', en: 'Turn off the domain’s privacy protection during the review.' },
  privacyProvinces: {
    zh: '上海、天津、四川管局要求关闭域名隐私保护。',
    en: 'The Shanghai, Tianjin and Sichuan administrations require privacy protection to be off.',
  },
  wait: {
    zh: '实名认证信息同步到管局需要 3-5 个工作日（.cn 约 2-3 天）：实名认证后至少等 3 个工作日再提交备案。',
    en: 'Real-name data takes 3-5 working days to reach the administration (.cn about 2-3 days): wait at least 3 working days after real-name verification before filing.',
  },
  closed: {
    zh: '备案通过前不要开通网站。',
    en: 'Do not open the website before the filing is approved.',
  },
  closedNoDns: {
    zh: '河南管局：备案通过前域名不能有任何解析记录。',
    en: 'Henan: the domain must have no DNS records at all before approval.',
  },
  sources: {
    general: [cite('seed-003', { en: '§3 step 4 notes 1-2 (domain verification from 2018-01-01; holder; privacy)', zh: '第3节第4步注1-2（自 2018-01-01 起核验域名；域名持有者；隐私保护）' }), cite('ALI19', '-rej (域名核验)'), cite('HW', { en: 'domain checks', zh: '域名检查' })],
    privacy: [cite('ALI19', '-prov (上海、天津、四川: 关闭隐私保护)')],
    wait: [cite('HW', { en: 'real-name sync 3-5 working days', zh: '实名认证信息同步需 3-5 个工作日' }), cite('TXV', { en: '.cn 2-3 days', zh: '.cn 2-3 天' })],
    closed: [cite('JD23', { en: 'Henan (no DNS records); Hubei, Hunan, Fujian, Gansu, Shaanxi (site closed)', zh: '河南（域名不能有解析记录）；湖北、湖南、福建、甘肃、陕西（备案期间网站关闭）' })],
  },
} as const satisfies Record<string, unknown>;

export const PRIVACY_OFF_PROVINCES: readonly string[] = ['sh', 'tj', 'sc'];
/** Provinces where an unfiled site must stay closed; Henan even without DNS records. */
export const CLOSED_UNTIL_APPROVED: readonly string[] = ['ha', 'hb', 'hn', 'fj', 'gs', 'sn'];
export const CLOSED_SINCE = '2023-01-01';

export type DomainReadinessText = LocalizedText;
