import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

/** What individuals may choose as service content: 其他, or 博客/个人空间 (HW). */
const PERSONAL = /(其他|其它|other|博客|个人空间|blog|personal)/i;

export const individualServiceContent = defineRule({
  id: 'individual-service-content',
  since: '2019-09-19',
  severity: 'warning',
  fields: ['website[*].serviceContent', 'subject.nature'],
  description: {
    zh: '个人网站的服务内容应选“其他”（或“博客/个人空间”），不能选企业、门户等单位类内容。',
    en: 'Personal websites should choose "其他" (other) or "博客/个人空间" (blog/personal space) as service content, not company or portal content.',
  },
  messages: {
    unitContent: {
      zh: '个人网站的服务内容选了“{value}”。个人网站请选择“其他”（华为云为“博客/个人空间”或“其他”），并在备注中说明内容。',
      en: 'The personal website chose "{value}" as service content. Personal sites should choose "其他" (Huawei: "博客/个人空间" or "其他") and describe the content in the remarks.',
    },
  },
  why: {
    zh: '个人网站不能涉及企业、行业等经营性内容；选择单位类服务内容会被驳回。',
    en: 'Personal sites may not carry company or commercial content; choosing unit content gets the filing returned.',
  },
  sources: [cite('ALI19', '-form 网站内容 (个人网站选择其他)'), cite('HW', '个人仅可选 博客/个人空间 或 其他')],
  check(ctx) {
    if (!ctx.isIndividual) return [];
    const out: Problem<'unitContent'>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'serviceContent');
      const other = ctx.list(field).filter((c) => !PERSONAL.test(c));
      if (other.length) out.push({ field, messageId: 'unitContent', params: { value: other.join('、') } });
    }
    return out;
  },
});
