import { describe, expect, it } from 'vitest';
import { isCanonicalKey } from '../domain/field-keys';
import { ATTRIBUTE_TOKENS, LABEL_DICTIONARY } from './label-dictionary';
import { resolveKey, type Section } from './resolve-key';

const SECTIONS: Section[] = ['none', 'subject', 'subjectPrincipal', 'website', 'websitePrincipal', 'other'];

describe('label dictionary', () => {
  it('every logical key resolves to a canonical key in every section (or is a secret / the region)', () => {
    const logical = new Set([...LABEL_DICTIONARY.map((e) => e.key), ...ATTRIBUTE_TOKENS.map(([, k]) => k)]);
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
    for (const entry of LABEL_DICTIONARY) {
      expect(entry.variants.length, entry.key).toBeGreaterThan(0);
      for (const v of entry.variants) {
        expect(v.text).toMatch(/^[^\s*:：]+$/);
        expect(v.weight).toBeGreaterThan(0);
        expect(v.weight).toBeLessThanOrEqual(1);
      }
    }
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
