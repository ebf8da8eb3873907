import { describe, expect, it } from 'vitest';
import { SUBJECT_KEYS, WEBSITE_SUBKEYS, websiteKey } from './field-keys';
import { fieldName } from './field-names';

describe('field names for people', () => {
  it('names every canonical key in both languages, never as the key', () => {
    const keys = [...SUBJECT_KEYS, ...WEBSITE_SUBKEYS.map((s) => websiteKey(0, s)), ...WEBSITE_SUBKEYS.map((s) => websiteKey(2, s))];
    for (const key of keys) {
      for (const lang of ['zh', 'en'] as const) {
        const name = fieldName(key, lang);
        expect(name, key).not.toMatch(/[a-z]+\.[a-z]/i);
        expect(name, key).not.toBe(lang === 'zh' ? '其他字段' : 'Other field');
      }
    }
    // Distinct within a language: two fields never read the same.
    for (const lang of ['zh', 'en'] as const) expect(new Set(keys.map((k) => fieldName(k, lang))).size).toBe(keys.length);
  });

  it('says whose contact and which website', () => {
    expect(fieldName('subject.principal.mobile', 'zh')).toBe('主办单位负责人联系方式1（手机）');
    expect(fieldName('website.principal.idNumber', 'en')).toBe('Website principal ID number');
    expect(fieldName('website[1].name', 'zh')).toBe('网站2：网站名称');
    expect(fieldName('website[1].name', 'en')).toBe('Website 2: Website name');
    expect(fieldName('no.such.key', 'en')).toBe('Other field');
  });
});
