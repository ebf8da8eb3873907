import { describe, expect, it } from 'vitest';
import type { FieldValues, FilingType } from '../../domain/draft-file';
import { FindingSchema, type Severity } from '../../domain/finding';
import { RuleContext } from '../context';
import { toFinding } from '../engine';
import { inForce, type Rule } from '../rule';

export interface ValidCase {
  name?: string;
  fields: FieldValues;
  filingType?: FilingType;
  asOf?: string;
}

export interface ExpectedProblem {
  field: string;
  messageId?: string;
  severity?: Severity;
  /** Expected `fields` of the finding, when the rule marks several. */
  fields?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedProblem[];
}

/** Default judging day of the cases: fixed so that dated rules give stable results. */
export const TEST_AS_OF = '2026-06-01';

/**
 * ESLint-RuleTester-like table runner: valid cases must give no finding, invalid ones exactly
 * the listed findings (in order). Runs the rule the way the engine does (date, filing type,
 * message filling), and checks every finding against the public Finding schema.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (c: ValidCase) => {
    const asOf = c.asOf ?? TEST_AS_OF;
    if (!inForce(rule, asOf)) return [];
    if (rule.filingTypes && c.filingType && !rule.filingTypes.includes(c.filingType)) return [];
    const ctx = new RuleContext(c.fields, c.filingType, asOf);
    return rule.check(ctx).map((p) => ({ p, f: toFinding(rule, p) }));
  };
  const label = (c: ValidCase, i: number) => c.name ?? `#${i} ${JSON.stringify(c.fields).slice(0, 100)}`;

  describe(`rule ${rule.id}`, () => {
    it('has complete metadata', () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.fields.length).toBeGreaterThan(0);
      for (const t of [rule.description, rule.why, ...Object.values(rule.messages)]) {
        expect(t.zh.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
    });
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(label(c, i), () => {
          expect(run(c).map(({ f }) => `${f.field}: ${f.message.en}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(label(c, i), () => {
          const got = run(c);
          expect(
            got.map(({ p, f }) => ({ field: f.field, messageId: p.messageId, severity: f.severity, fields: f.fields })),
          ).toEqual(
            c.errors.map((e, j) => ({
              field: e.field,
              messageId: e.messageId ?? got[j]?.p.messageId,
              severity: e.severity ?? got[j]?.f.severity,
              fields: e.fields ?? got[j]?.f.fields,
            })),
          );
          for (const { f } of got) {
            FindingSchema.parse(f);
            expect(f.fields).toContain(f.field);
            // Every placeholder was filled.
            expect(`${f.message.zh} ${f.message.en}`).not.toMatch(/\{\w+\}/);
          }
        });
      });
    });
  });
}
