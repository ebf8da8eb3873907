import {
  INDIVIDUAL_BANNED_WORDS,
  INDIVIDUAL_PREAPPROVAL_WORDS,
  NATIONAL_PREFIXES,
  PROVINCE_BANNED_WORDS,
  SENSITIVE_WORDS,
  SHANGHAI_BANNED_WORDS,
  SITE_NAME_SOURCES as S,
} from '../facts/site-name-words';
import { defineRule, type Problem } from './rule';

type Msg =
  | 'tooFewHan'
  | 'latinOnly'
  | 'specialChars'
  | 'isDomain'
  | 'nationalPrefix'
  | 'sensitive'
  | 'individualBanned'
  | 'provinceBanned'
  | 'preApproval'
  | 'jiangsuPattern';

const HAN = /\p{Script=Han}/gu;
const SPECIAL = /[^\p{Script=Han}A-Za-z0-9Ａ-Ｚａ-ｚ０-９\s·]/u;
const LOOKS_LIKE_DOMAIN = /^[a-z0-9\-]+(\.[a-z0-9\-]+)+$/i;
const JIANGSU_PATTERN = /^.{1,12}的个人(博客|主页)$/;
const NATIONAL = new RegExp(`^(${NATIONAL_PREFIXES.join('|')})`);

/** Website (service) name rules for units and individuals, with the provinces' extra bans. */
export const websiteName = defineRule({
  id: 'website-name',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].name', 'subject.nature', 'subject.province', 'website[*].domains', 'website[*].preApproval'],
  description: {
    zh: '网站名称：至少3个汉字，不能纯数字/英文、不能含特殊符号、不能是域名、不能用敏感词；非国家级单位不以“中国、中华、国家”等开头；个人网站另有禁用词和各省附加禁用词，江苏个人须为“某某的个人博客/主页”。',
    en: 'Website names: at least 3 Chinese characters, not only digits/English, no special characters, not the domain, no sensitive words; non-national bodies may not start with 中国/中华/国家 …; individuals have banned words plus per-province bans, and in Jiangsu must be "某某的个人博客/主页".',
  },
  messages: {
    tooFewHan: {
      zh: '网站名称“{value}”只有{count}个汉字，至少需要3个汉字。',
      en: 'Website name "{value}" has {count} Chinese characters; at least 3 are required.',
    },
    latinOnly: {
      zh: '网站名称“{value}”不能只用数字或英文，请用至少3个汉字命名。',
      en: 'Website name "{value}" may not be only digits or English; use at least 3 Chinese characters.',
    },
    specialChars: {
      zh: '网站名称“{value}”含有特殊符号“{chars}”，请删除。',
      en: 'Website name "{value}" contains special characters "{chars}"; remove them.',
    },
    isDomain: {
      zh: '网站名称不能直接用域名（“{value}”），请用体现网站内容的中文名称。',
      en: 'The website name may not be the domain ("{value}"); use a Chinese name describing the site.',
    },
    nationalPrefix: {
      zh: '网站名称“{value}”以“{prefix}”开头。非国家级单位不得以中国、中华、中央、人民、人大、国家、全国等字头命名。',
      en: 'Website name "{value}" starts with "{prefix}". Bodies that are not national-level may not start names with 中国, 中华, 中央, 人民, 人大, 国家 or 全国.',
      severity: 'warning',
    },
    sensitive: {
      zh: '网站名称“{value}”含有敏感词“{word}”，不能使用。',
      en: 'Website name "{value}" contains the sensitive word "{word}", which is not allowed.',
    },
    individualBanned: {
      zh: '个人网站名称不能使用“{word}”（“{value}”）。个人网站名称应体现网站内容，不涉及行业、企业、产品信息。',
      en: 'Personal website names may not use "{word}" ("{value}"). A personal site name should describe its content and avoid industry, company or product words.',
    },
    provinceBanned: {
      zh: '{province}管局规定个人网站名称不能使用“{word}”（“{value}”）。',
      en: 'The {provinceEn} administration does not allow "{word}" in personal website names ("{value}").',
    },
    preApproval: {
      zh: '个人网站名称含“{word}”，需要先到主管部门办理前置审批并在“前置或专项审批内容类型”中选择；否则请改名。',
      en: 'A personal website name containing "{word}" needs a pre-approval from the competent authority, selected under pre-approval type; otherwise rename it.',
      severity: 'warning',
    },
    jiangsuPattern: {
      zh: '江苏管局要求个人网站名称只能是“某某的个人博客”或“某某的个人主页”（现为“{value}”），并在备注中说明网站开通后的主要内容。',
      en: 'Jiangsu requires personal website names of the form "某某的个人博客" or "某某的个人主页" (now "{value}"), with the main content described in the remarks.',
    },
  },
  why: {
    zh: '网站名称不符合命名要求是最常见的驳回原因之一；各省管局对个人网站名称还有附加禁用词。',
    en: 'A website name breaking the naming rules is one of the most common rejection reasons; provinces add extra banned words for personal sites.',
  },
  sources: [S.units, S.individuals, S.qc, S.provinces, S.jiangsu, S.tianjin, S.seed],
  conflicts: [
    {
      note: {
        zh: '个人网站名称一般不能含“博客”（需前置审批），但江苏要求个人网站名必须是“某某的个人博客/主页”：江苏按江苏规则判断，不再提示前置审批。',
        en: 'Personal site names normally need a pre-approval for "博客", but Jiangsu requires "某某的个人博客/主页": in Jiangsu the Jiangsu rule applies and no pre-approval warning is given.',
      },
      sources: [S.individuals, S.jiangsu],
    },
  ],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    const individual = ctx.isIndividual;
    const kind = ctx.subjectKind;
    const province = ctx.province;
    const provinceWords = individual && province ? PROVINCE_BANNED_WORDS[province.id] : undefined;
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'name');
      const value = ctx.str(field);
      if (!value) continue;
      const report = (messageId: Msg, params: Record<string, string | number> = {}) =>
        out.push({ field, messageId, params: { value, ...params } });
      const name = value.replace(/\s+/g, '');
      const han = name.match(HAN)?.length ?? 0;
      const domains = ctx.domainHosts(i).map((d) => d.host);
      if (LOOKS_LIKE_DOMAIN.test(name) || domains.includes(name.toLowerCase())) {
        report('isDomain');
        continue;
      }
      if (han === 0) report('latinOnly');
      else if (han < 3) report('tooFewHan', { count: han });
      const special = [...new Set([...name].filter((c) => SPECIAL.test(c)))];
      if (special.length) report('specialChars', { chars: special.join('') });
      const national = NATIONAL.exec(name);
      if (national && kind !== 'government') report('nationalPrefix', { prefix: national[1]! });
      const sensitive = SENSITIVE_WORDS.find((w) => name.includes(w));
      if (sensitive) report('sensitive', { word: sensitive });
      if (province?.id === 'sh') {
        const w = SHANGHAI_BANNED_WORDS.find((x) => name.includes(x));
        if (w) report('provinceBanned', { word: w, province: province.name, provinceEn: province.en });
      }
      if (!individual) continue;
      const jiangsu = province?.id === 'js';
      if (jiangsu && !JIANGSU_PATTERN.test(name)) report('jiangsuPattern');
      const banned = INDIVIDUAL_BANNED_WORDS.find((w) => name.includes(w));
      if (banned && !(jiangsu && banned === '主页')) report('individualBanned', { word: banned });
      const extra = provinceWords?.find((w) => name.includes(w) && w !== banned);
      if (extra && province) report('provinceBanned', { word: extra, province: province.name, provinceEn: province.en });
      const pre = INDIVIDUAL_PREAPPROVAL_WORDS.find((w) => name.includes(w) && w !== banned && w !== extra);
      if (pre && !ctx.has(ctx.wk(i, 'preApproval')) && !(jiangsu && pre === '博客' && JIANGSU_PATTERN.test(name))) {
        report('preApproval', { word: pre });
      }
    }
    return out;
  },
});
