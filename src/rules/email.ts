import { cite } from '../facts/sources';
import { principalPrefixes } from './context';
import { defineRule, type Problem } from './rule';

// Pragmatic address test: local@domain.tld, ASCII, no spaces; what mail systems of the
// providers accept. Full RFC 5322 is not the point: typos are.
const EMAIL = /^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;
const FULLWIDTH = /[＠。．，\u3000]/;
const NON_ASCII = /[^\x20-\x7e]/;

export const email = defineRule({
  id: 'email',
  since: '2019-02-19',
  severity: 'error',
  fields: ['subject.principal.email', 'website[*].principal.email'],
  description: {
    zh: '电子邮件地址须格式正确（如 name@example.com），能正常接收邮件。',
    en: 'Email addresses must be well-formed (e.g. name@example.com) and able to receive mail.',
  },
  messages: {
    fullwidth: {
      zh: '电子邮件地址“{value}”含有全角符号（＠ 。 ．等），请切换到英文输入法重新输入。',
      en: 'Email address "{value}" contains full-width characters (＠ 。 ．); retype it with an English keyboard layout.',
    },
    format: {
      zh: '电子邮件地址“{value}”格式不对，应形如 name@example.com。',
      en: 'Email address "{value}" is malformed; it should look like name@example.com.',
    },
  },
  why: {
    zh: '备案审核结果和后续通知发送到该邮箱；无效邮箱会被驳回，也会错过通知。',
    en: 'Review results and later notices go to this address; an invalid one is rejected and notices are missed.',
  },
  sources: [cite('seed-003', { en: '§2 step 3 note (valid contact information)', zh: '第2节第3步注（有效的联系方式）' }), cite('ALI19', '-form 电子邮件地址')],
  check(ctx) {
    const out: Problem<'fullwidth' | 'format'>[] = [];
    for (const prefix of principalPrefixes(ctx)) {
      const field = `${prefix}.email`;
      const value = ctx.str(field);
      if (!value) continue;
      if (FULLWIDTH.test(value)) out.push({ field, messageId: 'fullwidth', params: { value } });
      else if (NON_ASCII.test(value) || !EMAIL.test(value)) out.push({ field, messageId: 'format', params: { value } });
    }
    return out;
  },
});
