import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { parseIcpNumber } from './support/icp-number';

type Msg = 'format' | 'licence' | 'subjectNumber';

const SUBJECT_NUMBER = /号$/;

/** The ICP filing number: <简称>ICP备<8 digits | YYYY + 6 digits>号-N. */
export const icpNumberFormat = defineRule({
  id: 'icp-number-format',
  since: '2019-02-19',
  severity: 'error',
  fields: ['website[*].icpNumber'],
  description: {
    zh: '网站备案号格式为“省份简称ICP备8位数字（或年份+6位）号-序号”，如 京ICP备12345678号-1。',
    en: 'An ICP filing number reads <province abbreviation>ICP备<8 digits or year + 6 digits>号-<n>, e.g. 京ICP备12345678号-1.',
  },
  messages: {
    format: {
      zh: '备案号“{value}”格式不对，应形如 京ICP备12345678号-1 或 浙ICP备2021012345号-2。请从工信部备案系统复制。',
      en: 'ICP number "{value}" is malformed; it should look like 京ICP备12345678号-1 or 浙ICP备2021012345号-2. Copy it from the MIIT system.',
    },
    licence: {
      zh: '“{value}”是经营许可证号（ICP证），不是备案号。此处请填写网站备案号（ICP备…号-N）。',
      en: '"{value}" is a commercial licence number (ICP证), not a filing number. Enter the website filing number (ICP备…号-N).',
      severity: 'warning',
    },
    subjectNumber: {
      zh: '“{value}”是主体备案号；网站备案号在其后带“-序号”（如 {value}-1）。请确认要填的是网站备案号。',
      en: '"{value}" is the subject filing number; a website number adds "-n" (e.g. {value}-1). Check that the website number is wanted here.',
      severity: 'info',
    },
  },
  why: {
    zh: '备案号用于关联已有备案；号码错误时接入商无法找到原备案，转入或变更会失败。',
    en: 'The number links to the existing filing; with a wrong number the provider cannot find it and the transfer or change fails.',
  },
  sources: [cite('MIITNUM', { en: 'ICP number prefixes and format', zh: '备案号前缀与格式' }), cite('seed-003', { en: '§3 (transfer: 网站备案号)', zh: '第3节（接入备案：网站备案号）' })],
  check(ctx) {
    const out: Problem<Msg>[] = [];
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'icpNumber');
      const value = ctx.str(field);
      if (!value) continue;
      const parsed = parseIcpNumber(value);
      if (!parsed || !parsed.province || !parsed.wellFormed) out.push({ field, messageId: 'format', params: { value } });
      else if (parsed.kind === '证') out.push({ field, messageId: 'licence', params: { value } });
      else if (SUBJECT_NUMBER.test(value.trim())) out.push({ field, messageId: 'subjectNumber', params: { value } });
    }
    return out;
  },
});
