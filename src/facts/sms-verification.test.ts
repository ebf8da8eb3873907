import { describe, expect, it } from 'vitest';
import { provinceById } from './provinces';
import { inForce, type DatedFact } from './dated-facts';
import { SMS_CODE_VALIDITY, SMS_ENTRY, SMS_SCOPE, SMS_SENDERS, SMS_SITES, SMS_VERIFIERS } from './sms-verification';
import { SHCA_APP } from './shanghai-app';
import { PHOTO_METHODS } from './principal-photo';
import { UPLOAD_REQUIREMENTS } from './document-upload';
import { ADMIN_REVIEW, PROVIDER_REVIEW } from './timelines';

const ALL: Record<string, readonly DatedFact[]> = {
  SMS_SCOPE,
  SMS_CODE_VALIDITY,
  SMS_SITES,
  SMS_SENDERS,
  SMS_VERIFIERS,
  SMS_ENTRY,
  SHCA_APP,
  PHOTO_METHODS,
  UPLOAD_REQUIREMENTS,
  PROVIDER_REVIEW,
  ADMIN_REVIEW,
};

describe('dated facts', () => {
  it.each(Object.entries(ALL))('%s: real dates, ascending, each with sources and bilingual conflict notes', (_name, facts) => {
    const froms = facts.map((f) => f.from);
    expect(froms).toEqual([...froms].sort());
    for (const f of facts) {
      expect(f.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${f.from}T00:00:00Z`).toISOString().slice(0, 10)).toBe(f.from);
      if (f.until) expect(f.until > f.from).toBe(true);
      expect(f.sources.length).toBeGreaterThan(0);
      if (f.conflict) expect(f.conflict.zh && f.conflict.en).toBeTruthy();
    }
  });

  it('inForce picks the newest fact in force and honours `until`', () => {
    const facts = [
      { from: '2019-01-01', sources: ['a'], v: 1 },
      { from: '2019-04-11', until: '2019-04-23', sources: ['b'], v: 2 },
    ];
    expect(inForce(facts, '2018-12-31')).toBeUndefined();
    expect(inForce(facts, '2019-04-10')?.v).toBe(1);
    expect(inForce(facts, '2019-04-11')?.v).toBe(2);
    expect(inForce(facts, '2019-04-22')?.v).toBe(2);
    expect(inForce(facts, '2019-04-23')?.v).toBe(1);
  });
});

describe('SMS facts', () => {
  it('pilot phases only ever add provinces, all of them real', () => {
    let previous: readonly string[] = [];
    for (const phase of SMS_SCOPE) {
      if (phase.provinces === 'all') continue;
      for (const id of phase.provinces) expect(provinceById(id), id).toBeDefined();
      expect(phase.provinces).toEqual(expect.arrayContaining([...previous]));
      previous = phase.provinces;
    }
    expect(SMS_SCOPE.map((p) => (p.provinces === 'all' ? 31 : p.provinces.length))).toEqual([7, 14, 22, 31]);
  });

  it('provincial sites exist for exactly the provinces of their era', () => {
    const [old, jd] = SMS_SITES;
    expect(Object.keys(old!.hosts!).sort()).toEqual([...(SMS_SCOPE[0]!.provinces as string[])].sort());
    expect(Object.keys(jd!.hosts!).sort()).toEqual([...(SMS_SCOPE[2]!.provinces as string[])].sort());
    for (const id of Object.keys(jd!.hosts!)) expect(provinceById(id)).toBeDefined();
  });

  it('every filing type has a verifier entry in every era', () => {
    for (const era of SMS_VERIFIERS) expect(Object.keys(era.byType)).toHaveLength(9);
  });
});
