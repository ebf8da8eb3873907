import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

type Msg = 'describe' | 'tianjin' | 'jiangsu';

/** Tianjin's required statement for individuals (QC), matched on its distinctive clause. */
const TIANJIN_CLAUSE = /不含有企业、?单位等非个人网站的信息/;
const JIANGSU_CLAUSE = /本网站为个人网站/;
/** Shorter than this cannot describe the content (Tencent asks for at least 15 characters). */
const MIN_DESCRIPTION = 6;

/** Individuals describe the site's content in the website remarks; TJ and JS prescribe wording. */
export const individualRemarks = defineRule({
  id: 'individual-remarks',
  since: '2019-09-01',
  severity: 'warning',
  fields: ['website[*].remarks', 'subject.nature', 'subject.province'],
  description: {
    zh: '个人备案须在网站备注中说明网站实际内容；天津、江苏对备注有规定写法。',
    en: "Individual filings must describe the site's actual content in the website remarks; Tianjin and Jiangsu prescribe the wording.",
  },
  messages: {
    describe: {
      zh: '个人网站请在网站备注中说明网站开办后的实际内容（如“记录个人摄影作品和旅行见闻”）。',
      en: "For a personal website, describe the site's actual content in the website remarks (e.g. \"my photography and travel notes\").",
    },
    tianjin: {
      zh: '天津个人网站的备注须包含声明：“本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚”。',
      en: 'Tianjin personal websites must include this statement in the remarks: "本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚".',
    },
    jiangsu: {
      zh: '江苏个人网站的备注须写明：“本网站为个人网站，做XXX使用，网站开通后主要内容为XXX”。',
      en: 'Jiangsu personal websites must say in the remarks: "本网站为个人网站，做XXX使用，网站开通后主要内容为XXX" (a personal site, used for …, main content …).',
    },
  },
  why: {
    zh: '管局据备注判断个人网站的内容是否属于个人性质；缺少说明或规定声明的会被驳回。',
    en: 'The administration judges from the remarks whether a personal site is really personal; without the description or the prescribed statement the filing is returned.',
  },
  sources: [cite('QC', { en: 'general_requirement.md (个人备案时，需要备注实际开办网站的内容描述); tianjin', zh: '通用要求（个人备案时，需要备注实际开办网站的内容描述）；天津' }), cite('ALI19', '-prov 江苏'), cite('TXV', { en: 'remarks at least 15 characters', zh: '备注至少 15 个字' })],
  check(ctx) {
    if (!ctx.isIndividual) return [];
    const out: Problem<Msg>[] = [];
    const province = ctx.province?.id;
    for (const i of ctx.websites) {
      // Only for websites being filled.
      if (!ctx.websiteStarted(i)) continue;
      const field = ctx.wk(i, 'remarks');
      const remarks = ctx.str(field);
      if (province === 'tj' && !TIANJIN_CLAUSE.test(remarks)) out.push({ field, messageId: 'tianjin' });
      else if (province === 'js' && !JIANGSU_CLAUSE.test(remarks)) out.push({ field, messageId: 'jiangsu' });
      else if (remarks.replace(/\s+/g, '').length < MIN_DESCRIPTION) out.push({ field, messageId: 'describe' });
    }
    return out;
  },
});
