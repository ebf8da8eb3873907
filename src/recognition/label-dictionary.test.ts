import { describe, expect, it } from 'vitest';
import { isCanonicalKey } from '../domain/field-keys';
import { ATTRIBUTE_TOKENS, labelDictionary, matchSection } from './label-dictionary';
import { normalizeLabel } from './normalize';
import { resolveKey, type Section } from './resolve-key';

const SECTIONS: Section[] = ['none', 'subject', 'subjectPrincipal', 'website', 'websitePrincipal', 'other'];

describe('label dictionary', () => {
  it('every logical key resolves to a canonical key in every section (or is a secret / the region)', () => {
    const logical = new Set([...labelDictionary().map((e) => e.key), ...ATTRIBUTE_TOKENS.map(([, k]) => k)]);
    for (const key of logical) {
      if (key.startsWith('secret.') || key === 'subject.region') continue;
      for (const section of SECTIONS) {
        for (const index of [0, 2]) {
          const resolved = resolveKey(key, section, index);
          expect(resolved && isCanonicalKey(resolved), `${key} in ${section}`).toBe(true);
        }
      }
    }
  });

  it('has normalised, weighted, non-empty variants', () => {
    for (const entry of labelDictionary()) {
      expect(entry.variants.length, entry.key).toBeGreaterThan(0);
      for (const v of entry.variants) {
        expect(v.text).toMatch(/^[^\s*:：]+$/);
        // Written normalised: the dictionary is expanded without normalising each variant.
        expect(normalizeLabel(v.text), entry.key).toBe(v.text);
        expect(v.weight).toBeGreaterThan(0);
        expect(v.weight).toBeLessThanOrEqual(1);
      }
    }
  });

  it('classifies a section the same the second time (memo) as the first', () => {
    for (const t of ['主办单位信息', '网站负责人信息（网站2）', '网站名称', 'Website administrator information']) {
      const first = matchSection(t);
      expect(matchSection(t)).toBe(first);
      expect(matchSection(normalizeLabel(t), true)).toBe(first);
    }
    expect(matchSection('主办单位信息')).toBe('subject');
    expect(matchSection('网站名称')).toBeUndefined();
  });

  it('resolves by section', () => {
    expect(resolveKey('cert.number', 'subject', 0)).toBe('subject.certNumber');
    expect(resolveKey('cert.number', 'subjectPrincipal', 0)).toBe('subject.principal.idNumber');
    expect(resolveKey('cert.number', 'websitePrincipal', 1)).toBe('website[1].principal.idNumber');
    expect(resolveKey('remarks', 'website', 2)).toBe('website[2].remarks');
    expect(resolveKey('remarks', 'subjectPrincipal', 0)).toBe('subject.remarks');
    expect(resolveKey('principal.mobile', 'none', 0)).toBe('subject.principal.mobile');
    expect(resolveKey('website.principal.mobile', 'subject', 1)).toBe('website[1].principal.mobile');
    expect(resolveKey('secret.captcha', 'subject', 0)).toBeUndefined();
  });
});
