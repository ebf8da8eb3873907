/**
 * Which secret a code input is. Secrets are recognised by label first (label-dictionary.ts);
 * these are the attribute and context clues.
 */
import type { SecretKind } from '../domain/field-keys';
import type { WalkEvent } from './dom-walk';
import { SECRET_ATTRIBUTE } from './label-dictionary';

/** name / id / autocomplete naming a secret ("checkCode", "smsCode", "one-time-code"). */
export function secretFromAttributes(el: Element): SecretKind | 'code' | undefined {
  const attrs = [el.getAttribute('name'), el.id, el.getAttribute('autocomplete')].join(' ');
  for (const [re, kind] of SECRET_ATTRIBUTE) if (re.test(attrs)) return kind;
  return undefined;
}

const SMS_CONTEXT = /获取|发送|短信|手机验证|sms|send|get ?code/i;
const CAPTCHA_CONTEXT = /看不清|换一张|刷新|refresh|captcha/i;

/**
 * A bare 验证码 at events[i]: an image or "看不清，换一张" next to it means an image captcha,
 * a "获取验证码" button an SMS code; otherwise an SMS code right after a mobile number.
 */
export function codeKind(events: readonly WalkEvent[], i: number, previousKey: string): SecretKind {
  for (const e of events.slice(i + 1, i + 8)) {
    if (e.t === 'control' || e.t === 'heading') break;
    if (e.t === 'image') return 'captcha';
    const text = e.t === 'action' ? e.text : e.t === 'text' ? e.raw : '';
    if (CAPTCHA_CONTEXT.test(text)) return 'captcha';
    if (SMS_CONTEXT.test(text)) return 'smsCode';
  }
  for (const e of events.slice(Math.max(0, i - 5), i).reverse()) {
    if (e.t === 'heading') break;
    if (e.t === 'image') return 'captcha';
    if (e.t === 'action' && SMS_CONTEXT.test(e.text)) return 'smsCode';
  }
  return previousKey.endsWith('.mobile') ? 'smsCode' : 'captcha';
}
