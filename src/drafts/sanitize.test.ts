import { describe, expect, it } from 'vitest';
import { hasValue, isSecretKey, sanitizeFields } from './sanitize';

describe('sanitizeFields', () => {
  it('keeps canonical keys with well-formed values', () => {
    const r = sanitizeFields({
      'subject.name': '某某公司',
      'website.domains': ['example.com', ' ', 'example.cn'],
      'website[2].principal.mobile': '13800138000',
      'subject.principal.email': 'a@b.cn',
    });
    expect(r.dropped).toEqual([]);
    expect(r.fields).toEqual({
      'subject.name': '某某公司',
      'website.domains': ['example.com', 'example.cn'],
      'website[2].principal.mobile': '13800138000',
      'subject.principal.email': 'a@b.cn',
    });
  });

  it('refuses secrets, unknown keys and bad values, and says which', () => {
    const r = sanitizeFields({
      captcha: 'x7k2',
      'subject.smsCode': '123456',
      'website.icpPassword': 'pw',
      'subject.principal.password': 'pw2',
      '手机验证码': '654321',
      'subject.colour': 'red',
      'subject[1].name': 'x',
      'subject.name': 42,
      'website.domains': ['ok.com', 3],
      'subject.investor': null,
    });
    expect(r.fields).toEqual({});
    expect(Object.fromEntries(r.dropped.map((d) => [d.key, d.reason]))).toEqual({
      captcha: 'secret',
      'subject.smsCode': 'secret',
      'website.icpPassword': 'secret',
      'subject.principal.password': 'secret',
      '手机验证码': 'secret',
      'subject.colour': 'unknown-key',
      'subject[1].name': 'unknown-key',
      'subject.name': 'bad-value',
      'website.domains': 'bad-value',
      'subject.investor': 'bad-value',
    });
  });

  it('recognises secret key names and never flags canonical keys', () => {
    for (const k of ['captcha', 'smsCode', 'icpPassword', 'verifyCode', 'otp', '验证码', 'ICP备案密码']) expect(isSecretKey(k), k).toBe(true);
    for (const k of ['subject.name', 'subject.principal.mobile', 'website.principal.emergencyPhone', 'website.serviceContent', 'website.preApproval']) {
      expect(isSecretKey(k), k).toBe(false);
    }
  });

  it('tells empty from filled', () => {
    expect([hasValue(''), hasValue('  '), hasValue([]), hasValue(undefined)]).toEqual([false, false, false, false]);
    expect([hasValue('a'), hasValue(['a']), hasValue(false)]).toEqual([true, true, true]);
  });
});
