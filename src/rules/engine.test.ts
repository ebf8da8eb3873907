import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../domain/finding';
import { RULES, ruleById, rulesInForce, runRules } from './engine';
import { CLEAN_FIELDS, largeDraft } from './support/sample-fields';

describe('runRules', () => {
  it('finds nothing wrong in a clean filing', () => {
    expect(runRules({ fields: CLEAN_FIELDS, filingType: 'new', asOf: '2026-06-01' })).toEqual([]);
  });

  it('reports public Findings with rule, field, severity, bilingual text and a source', () => {
    const findings = runRules({
      fields: { ...CLEAN_FIELDS, 'subject.principal.mobile': '12345', 'website[1].principal.mobile': '010-1234567' },
      asOf: '2026-06-01',
    });
    const mobile = findings.filter((f) => f.rule === 'contact1-mobile');
    expect(mobile.map((f) => f.field)).toEqual(['subject.principal.mobile', 'website[1].principal.mobile']);
    for (const f of findings) {
      FindingSchema.parse(f);
      expect(f.source).toMatch(/seed-00\d|ALI19|HW|GB|MIIT|TX20|QC|JD23/);
      expect(f.message.zh).not.toMatch(/\{\w+\}/);
    }
  });

  it('judges by the asOf date', () => {
    const fields = { ...CLEAN_FIELDS, 'website.domains': ['example.com', 'example.cn'] };
    const rules = (asOf: string) => runRules({ fields, asOf }).map((f) => f.rule);
    expect(rules('2019-04-21')).not.toContain('one-domain-per-website');
    expect(rules('2019-04-22')).toContain('one-domain-per-website');
    expect(rulesInForce('2019-01-01').length).toBeLessThan(rulesInForce('2026-01-01').length);
  });

  it('accepts Date and ISO timestamp asOf values and rejects garbage', () => {
    expect(runRules({ fields: CLEAN_FIELDS, asOf: new Date(2026, 5, 1) })).toEqual([]);
    expect(runRules({ fields: CLEAN_FIELDS, asOf: '2026-06-01T10:00:00Z' })).toEqual([]);
    expect(() => runRules({ fields: CLEAN_FIELDS, asOf: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });

  it('handles a 300-field draft with several websites', () => {
    const fields = largeDraft(300);
    expect(Object.keys(fields).length).toBeGreaterThanOrEqual(300);
    expect(runRules({ fields, asOf: '2026-06-01' })).toEqual([]);
  });

  it('has unique ids, the contract ids, and a lookup', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['address-same-province', 'contact1-mobile', 'id-number', 'credit-code', 'email', 'domain-suffix', 'icp-number-province', 'street-number']) {
      expect(ruleById(id)?.id).toBe(id);
    }
    expect(ruleById('nope')).toBeUndefined();
  });

  it('every rule carries its in-force date, citations and bilingual texts', () => {
    for (const r of RULES) {
      expect(r.since, `${r.id}: since`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.until) expect(r.until > r.since!, `${r.id}: until after since`).toBe(true);
      expect(r.sources.length, `${r.id}: sources`).toBeGreaterThan(0);
      expect(r.why.zh && r.why.en, `${r.id}: why`).toBeTruthy();
      const messages = Object.values(r.messages);
      expect(messages.length, `${r.id}: messages`).toBeGreaterThan(0);
      for (const m of messages) expect(m.zh && m.en, `${r.id}: message`).toBeTruthy();
    }
  });

  it('every rule has a test file with its own cases', async () => {
    const files = import.meta.glob('./*.test.ts');
    for (const r of RULES) expect(Object.keys(files)).toContain(`./${r.id}.test.ts`);
  });
});
