import { describe, expect, it } from 'vitest';
import { isCanonicalKey } from '../domain/field-keys';
import { ATTRIBUTE_TOKENS, labelDictionary, matchSection, PERSON_FIELDS, PERSON_ROLES, SECTION_PATTERNS, SECTION_WORD } from './label-dictionary';
import { hasCjk } from './normalize';
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

  it('person roles are long enough to match inside a text (so are their pairs), fields not empty', () => {
    const roles = Object.values(PERSON_ROLES).flatMap((packed) => packed.split('|'));
    for (const r of roles) expect(r.length >= 6 || (r.length >= 3 && hasCjk(r)), r).toBe(true);
    for (const s of Object.values(PERSON_FIELDS).flatMap((packed) => packed.split('|'))) expect(s.length, s).toBeGreaterThan(0);
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

  it('every text a section pattern matches contains a section word (the pre-test rules out nothing it matches)', () => {
    // Matches are concatenations of the patterns' literal pieces (and digits, Chinese numerals):
    // every sequence of up to 3 pieces, and 30,000 seeded sequences of 4 to 6.
    const pieces = [...new Set(SECTION_PATTERNS.flatMap(([, re]) => re.source.split(/[^\p{L}\p{N}]+/u)).filter((p) => p && p !== 'd'))];
    pieces.push('2', '二', '12');
    const texts: string[] = [];
    for (const a of pieces) {
      texts.push(a);
      for (const b of pieces) {
        texts.push(a + b);
        for (const c of pieces) texts.push(a + b + c);
      }
    }
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 30_000; i++) {
      let t = '';
      for (let k = 4 + next(3); k > 0; k--) t += pieces[next(pieces.length)];
      texts.push(t);
    }
    let matched = 0;
    for (const t of texts) {
      if (!SECTION_PATTERNS.some(([, re]) => re.test(t))) continue;
      matched++;
      expect(SECTION_WORD.test(t), t).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
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
