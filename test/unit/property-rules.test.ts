/**
 * Property-based tests (fast-check) on the rules engine: no input makes any rule throw, every
 * finding is well-formed, and valid resident ID numbers and credit codes — generated with an
 * independent implementation of the check characters (test/fixtures/forms/generated/ids.ts) —
 * always pass `id-number` and `credit-code`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILING_TYPES, type FieldValue, type FieldValues } from '../../src/domain/draft-file';
import { SUBJECT_KEYS, WEBSITE_SUBKEYS, websiteKey } from '../../src/domain/field-keys';
import { FindingSchema } from '../../src/domain/finding';
import { RULES, runRuleList, runRules } from '../../src/rules/engine';
import { CREDIT_CODE_ALPHABET, makeCreditCode, makeResidentId } from '../fixtures/forms/generated/ids';

const RUNS = Number(process.env.FC_RUNS ?? 300);

const ALL_KEYS: string[] = [
  ...SUBJECT_KEYS,
  ...[0, 1, 2].flatMap((i) => WEBSITE_SUBKEYS.map((s) => websiteKey(i, s))),
];

/** Strings a filing form could hold, and strings no form should: unicode, markup, huge, empty. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u200B\u200D',
    '𠮷𠮷𠮷',
    '<img src=x onerror=alert(1)>',
    '{value}',
    '{{value}}',
    '$&$1',
    '__proto__',
    'constructor',
    '13800138000',
    '１３８００１３８０００',
    '11010519491231002X',
    '11010519491231002x',
    '91350100M000100Y43',
    '京ICP备12345678号-1',
    'example.com',
    'xn--fiqs8s.xn--fiqs8s',
    '北京市海淀区中关村大街1号',
    '天津市南开区',
    'a@b',
    '@@',
    '086-010-12345678',
    '9'.repeat(10_000),
  ),
);

const value: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.array(text, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const fieldsArb: fc.Arbitrary<FieldValues> = fc.dictionary(
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ALL_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }),
  value,
  { maxKeys: 40 },
);

const asOfArb = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2045-12-31'), noInvalidDate: true }),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2045-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constant(undefined),
);

const inputArb = fc.record({
  fields: fieldsArb,
  filingType: fc.option(fc.constantFrom(...FILING_TYPES), { nil: undefined }),
  asOf: asOfArb,
});

describe('rules engine properties', () => {
  it('has rules to test', () => {
    expect(RULES.length).toBeGreaterThan(5);
    for (const id of ['address-same-province', 'contact1-mobile', 'id-number', 'credit-code', 'email', 'domain-suffix', 'icp-number-province', 'street-number']) {
      expect(RULES.map((r) => r.id)).toContain(id);
    }
  });

  it('no input makes any rule throw, and every finding is well-formed', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const rule of RULES) {
          let findings;
          try {
            findings = runRuleList([rule], input);
          } catch (err) {
            throw new Error(`rule ${rule.id} threw: ${err instanceof Error ? err.message : String(err)}`);
          }
          for (const f of findings) {
            FindingSchema.parse(f);
            expect(f.rule).toBe(rule.id);
            expect(f.fields).toContain(f.field);
            expect(f.message.zh.length * f.message.en.length).toBeGreaterThan(0);
          }
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  // Many runs over every rule: seconds on the shared 2-core machine, so more than the 5 s default.
  it('runs the whole engine on big drafts (every key, long lists) without throwing', { timeout: 30_000 }, () => {
    const bigFields = fc.record(
      Object.fromEntries(ALL_KEYS.map((k) => [k, value])) as Record<string, fc.Arbitrary<FieldValue>>,
    );
    fc.assert(
      fc.property(bigFields, asOfArb, (fields, asOf) => {
        expect(Array.isArray(runRules({ fields, filingType: 'new', asOf }))).toBe(true);
      }),
      { numRuns: Math.max(30, Math.floor(RUNS / 5)) },
    );
  });
});

/** GB/T 2260 province codes: the first two digits of a mainland resident ID. */
const PROVINCE_GB = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

const AS_OF = '2026-11-22';

const residentIdArb = fc
  .record({
    province: fc.constantFrom(...PROVINCE_GB),
    rest: fc.stringMatching(/^\d{4}$/),
    birth: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true }),
    seq: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ province, rest, birth, seq }) => makeResidentId(province + rest, birth.toISOString().slice(0, 10).replace(/-/g, ''), seq));

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
const creditCodeArb = fc
  .record({
    head: fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
    region: fc.stringMatching(/^\d{6}$/),
    body: fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
  })
  .map(({ head, region, body }) => makeCreditCode(head.join('') + region + body.join('')));

describe('valid generated numbers always pass', () => {
  it('resident ID numbers pass id-number in every ID field', () => {
    fc.assert(
      fc.property(residentIdArb, fc.constantFrom('subject.principal', 'website.principal', 'website[2].principal'), (id, person) => {
        const fields: FieldValues = { [`${person}.idType`]: '身份证', [`${person}.idNumber`]: id };
        const findings = runRules({ fields, filingType: 'new', asOf: AS_OF }).filter((f) => f.rule === 'id-number');
        expect(findings, `${id} was refused: ${findings.map((f) => f.message.en).join('; ')}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('changing one character of a valid ID number makes id-number fire', () => {
    fc.assert(
      fc.property(residentIdArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const chars = id.split('');
        const c = chars[pos]!;
        // Replace with another digit (or a digit for X): a single-character error, which the checksum always catches.
        chars[pos] = c === 'X' ? String(delta) : String((Number(c) + delta) % 10);
        const broken = chars.join('');
        fc.pre(broken !== id);
        const fields: FieldValues = { 'subject.principal.idType': '身份证', 'subject.principal.idNumber': broken };
        const findings = runRules({ fields, filingType: 'new', asOf: AS_OF }).filter((f) => f.rule === 'id-number');
        expect(findings.length, `${broken} (from ${id}) passed`).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('unified social credit codes pass credit-code', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        const fields: FieldValues = { 'subject.nature': '企业', 'subject.certType': '营业执照（个人或企业）', 'subject.certNumber': code };
        const findings = runRules({ fields, filingType: 'new', asOf: AS_OF }).filter((f) => f.rule === 'credit-code');
        expect(findings, `${code} was refused: ${findings.map((f) => f.message.en).join('; ')}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a wrong check character of a credit code makes credit-code fire', () => {
    fc.assert(
      fc.property(creditCodeArb, alphabetChar, (code, other) => {
        fc.pre(other !== code[17]);
        const broken = code.slice(0, 17) + other;
        const fields: FieldValues = { 'subject.nature': '企业', 'subject.certType': '营业执照（个人或企业）', 'subject.certNumber': broken };
        const findings = runRules({ fields, filingType: 'new', asOf: AS_OF }).filter((f) => f.rule === 'credit-code');
        expect(findings.length, `${broken} passed`).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
