import { VIRTUAL_OPERATOR_RE } from '../facts/phone-regions';
import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { mainlandMobile } from './support/phone';

/** 联系方式1 on a virtual operator's segment (170/171/162/165/167) may be refused. */
export const virtualOperatorMobile = defineRule({
  id: 'virtual-operator-mobile',
  since: '2018-12-01',
  severity: 'warning',
  fields: ['subject.principal.mobile', 'website[*].principal.mobile'],
  description: {
    zh: '负责人的联系方式1最好不要使用虚拟运营商号段（170、171、162、165、167）。',
    en: "A principal's contact method 1 should not be a virtual operator number (170, 171, 162, 165, 167).",
  },
  messages: {
    virtual: {
      zh: '联系方式1 {mobile} 属于虚拟运营商号段，部分管局不予受理。建议改用三大运营商的本人实名手机号。',
      en: 'Contact method 1 {mobile} is a virtual operator number, which some administrations refuse. Prefer a number of the three main carriers in the principal’s own name.',
    },
  },
  why: {
    zh: '虚拟运营商号码的实名信息难以核实，是常见的驳回原因之一。',
    en: 'Real-name data of virtual operator numbers is hard to verify; they are a common rejection reason.',
  },
  sources: [cite('ALI19', '-rej (虚拟运营商号码)')],
  check(ctx) {
    const out: Problem<'virtual'>[] = [];
    for (const field of ['subject.principal.mobile', ...ctx.websites.map((i) => ctx.wk(i, 'principal.mobile'))]) {
      const mobile = mainlandMobile(ctx.str(field));
      if (mobile && VIRTUAL_OPERATOR_RE.test(mobile)) out.push({ field, messageId: 'virtual', params: { mobile } });
    }
    return out;
  },
});
