import { ORDER_LIMITS, type OrderLimit } from '../facts/order-limits';
import { cite } from '../facts/sources';
import { defineRule } from './rule';

/** Provincial limits on the number of websites in one filing order. */
export const websitesPerOrder = defineRule({
  id: 'websites-per-order',
  since: '2019-09-19',
  severity: 'error',
  fields: ['website[*].*', 'subject.province', 'subject.nature'],
  filingTypes: ['new', 'new-website'],
  description: {
    zh: '部分省份限制一个备案订单中的网站数量（如湖北一次只能备案一个网站）；个人最多5个网站。',
    en: 'Some provinces limit the websites in one filing order (Hubei: one at a time); individuals may have at most 5 websites.',
  },
  messages: {
    tooMany: {
      zh: '此订单有{count}个网站，{where}一次最多备案{max}个。请把其余网站留到本次备案通过后再以“新增网站”提交。',
      en: 'This order has {count} websites; {whereEn} allows at most {max} per order. File the others as "new website" once this filing is approved.',
    },
  },
  why: {
    zh: '超出管局限制的订单无法提交或会被驳回。',
    en: 'Orders over the administration\'s limit cannot be submitted or are rejected.',
  },
  sources: [cite('ALI19', '-form 增加备案网站'), cite('JD23', { en: 'provincial rules', zh: '各省管局规则' }), cite('HW', { en: 'provincial rules', zh: '各省管局规则' })],
  conflicts: [
    {
      note: {
        zh: '河南：ALI19（2019）个人3个/单位5个；JD23（约2023）每单1个；HW（2025）5个域名。各自自其日期起生效。',
        en: 'Henan: ALI19 (2019) 3 sites (individual) / 5 (unit); JD23 (≈2023) one per order; HW (2025) 5 domains. Each applies from its date.',
      },
      sources: [cite('ALI19', '-form'), cite('JD23'), cite('HW')],
    },
  ],
  check(ctx) {
    const started = ctx.websites.filter((i) => ctx.websiteStarted(i));
    if (started.length < 2) return [];
    const province = ctx.province;
    const kind = ctx.subjectKind;
    const first = (ctx.filingType ?? 'new') === 'new';
    const applies = (l: OrderLimit) =>
      (l.province === '*' || l.province === province?.id) &&
      (l.since === undefined || ctx.asOf >= l.since) &&
      (l.until === undefined || ctx.asOf < l.until) &&
      (!l.firstFilingOnly || first) &&
      (l.subject === undefined || (kind !== undefined && (l.subject === 'individual') === (kind === 'individual')));
    let limit: OrderLimit | undefined;
    for (const l of ORDER_LIMITS) if (applies(l) && (!limit || l.max < limit.max)) limit = l;
    if (!limit || started.length <= limit.max) return [];
    const over = started[limit.max]!;
    const field = ctx.wk(over, 'name');
    const national = limit.province === '*';
    return [
      {
        field,
        messageId: 'tooMany',
        params: {
          count: started.length,
          max: limit.max,
          where: national ? '个人' : `${province!.name}管局`,
          whereEn: national ? 'an individual' : `the ${province!.en} administration`,
        },
      },
    ];
  },
});
