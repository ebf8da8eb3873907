import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

const SIMPLIFIED = /(简体|中文简体|简体中文|simplified|zh-?cn|zh-?hans)/i;
const ANY_CHINESE = /(中文|汉语|chinese|^zh)/i;

/** Shanghai: the site language must include Simplified Chinese (QC shanghai.md). */
export const websiteLanguage = defineRule({
  id: 'website-language',
  since: '2023-01-01',
  severity: 'error',
  fields: ['website[*].language', 'subject.province'],
  description: {
    zh: '上海：网站语言须包含简体中文。',
    en: 'Shanghai: the website languages must include Simplified Chinese.',
  },
  messages: {
    shanghai: {
      zh: '上海管局要求网站语言包含“简体中文”（现为：{value}）。',
      en: 'Shanghai requires Simplified Chinese among the website languages (now: {value}).',
    },
  },
  why: {
    zh: '上海管局不受理纯外文网站的备案。',
    en: 'Shanghai does not accept filings of sites only in foreign languages.',
  },
  sources: [cite('QC', { en: 'shanghai.md (网站语言须包含简体中文)', zh: '上海（网站语言须包含简体中文）' })],
  check(ctx) {
    if (ctx.province?.id !== 'sh') return [];
    const out: Problem<'shanghai'>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'language');
      const langs = ctx.list(field);
      if (!langs.length) continue;
      // "中文" alone is taken as Simplified (the common option label); 繁体 alone is not.
      const ok = langs.some((l) => SIMPLIFIED.test(l) || (ANY_CHINESE.test(l) && !/繁体|traditional/i.test(l)));
      if (!ok) out.push({ field, messageId: 'shanghai', params: { value: langs.join('、') } });
    }
    return out;
  },
});
