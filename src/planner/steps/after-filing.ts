/**
 * What follows or bounds the filing: `psb-filing` (30 days after the site opens),
 * `commercial-licence` (e-commerce sites) and `order-validity` (45-day order limit).
 */
import type { FieldValues } from '../../domain/draft-file';
import { websiteIndexes, websiteKey } from '../../domain/field-keys';
import { COMMERCIAL_IP_NOTES, mentionsCommerce, COMMERCIAL_LICENCE_SOURCES } from '../../facts/commercial-licence';
import { ORDER_VALIDITY, PSB_FILING } from '../../facts/timelines';
import { addDays } from '../china-time';
import { settle, type PlanContext } from '../context';
import type { PlannerStep } from '../types';

export function psbFilingStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.psb) return [];
  const opened = ctx.siteOpenedAt;
  return [
    settle(
      {
        id: 'psb-filing',
        key: 'psb-filing',
        stage: 'complete',
        kind: 'action',
        status: opened ? 'open' : 'upcoming',
        title: { zh: '公安联网备案', en: 'Public Security Bureau (PSB) filing' },
        detail: {
          zh: `网站开通后 ${PSB_FILING.days} 日内，在全国互联网安全管理服务平台提交公安备案，并在首页展示公安备案号和图标。`,
          en: `Within ${PSB_FILING.days} days of opening the website, file with the Public Security Bureau on the national internet security management platform, then show the PSB number and icon on the home page.`,
        },
        who: 'applicant',
        link: { url: PSB_FILING.url, label: { zh: '全国互联网安全管理服务平台', en: 'National internet security management platform' } },
        ...(opened ? { deadline: addDays(opened, PSB_FILING.days).toISOString() } : {}),
        sources: [...PSB_FILING.sources],
      },
      ctx,
    ),
  ];
}

function looksCommercial(fields: FieldValues): boolean {
  for (const i of websiteIndexes(Object.keys(fields))) {
    for (const sub of ['serviceContent', 'name', 'preApproval', 'remarks']) {
      const v = fields[websiteKey(i, sub)];
      const texts = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      if (texts.some(mentionsCommerce)) return true;
    }
  }
  return false;
}

export function commercialLicenceStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.commercial || !looksCommercial(ctx.fields)) return [];
  const ipNote = ctx.province ? COMMERCIAL_IP_NOTES[ctx.province.id] : undefined;
  return [
    settle(
      {
        id: 'commercial-licence',
        key: 'commercial-licence',
        stage: 'complete',
        kind: 'action',
        status: 'upcoming',
        title: { zh: 'ICP 经营许可证（ICP证）', en: 'ICP commercial licence (ICP证)' },
        detail: {
          zh: '网站内容显示可能是网上销售/电子商务平台：这类网站除备案外还须取得当地通信管理局颁发的 ICP 经营许可证，须先取得备案号再申请。',
          en: 'The website content suggests online sales / e-commerce: such sites need, besides the filing, an ICP commercial licence from the local communications administration, applied for after the filing number is granted.',
        },
        who: 'applicant',
        notes: ipNote ? [ipNote] : [],
        sources: [...COMMERCIAL_LICENCE_SOURCES],
      },
      ctx,
    ),
  ];
}

export function orderValidityStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.order) return [];
  const created = ctx.orderCreatedAt;
  return [
    settle(
      {
        id: 'order-validity',
        key: 'order-validity',
        stage: 'fill',
        kind: 'reminder',
        title: { zh: `备案订单 ${ORDER_VALIDITY.days} 天有效期`, en: `${ORDER_VALIDITY.days}-day order validity` },
        detail: {
          zh: `备案订单自创建起 ${ORDER_VALIDITY.days} 天内既未更新也未通过审核将被清理，已填写的信息需要重新提交。`,
          en: `A filing order with no update and no approval ${ORDER_VALIDITY.days} days after it was created is deleted, and everything has to be entered again.`,
        },
        who: 'applicant',
        ...(created ? { deadline: addDays(created, ORDER_VALIDITY.days).toISOString() } : {}),
        sources: [...ORDER_VALIDITY.sources],
      },
      ctx,
      // Once the administration approved, the order can no longer expire.
      ctx.progress.done?.['admin-review'] === true,
    ),
  ];
}
