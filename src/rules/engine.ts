import type { FieldValues, FilingType } from '../domain/draft-file';
import type { Finding } from '../domain/finding';
import { RuleContext } from './context';
import { RULES } from './registry';
import { inForce, type Problem, type Rule } from './rule';
import { fillTemplate, isoDay } from './support/format';
import { readableSourceText } from '../facts/source-citation';
import type { LocalizedText } from '../domain/localized';

export { RULES } from './registry';

export interface RunRulesInput {
  fields: FieldValues;
  filingType?: FilingType;
  /** Judge by the rules in force on this day (default: today). */
  asOf?: Date | string;
}

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

// Rules in force per day; few distinct days are ever asked for, so a small cache suffices.
const IN_FORCE = new Map<string, readonly Rule[]>();
export function rulesInForce(asOf: Date | string | undefined, rules: readonly Rule[] = RULES): readonly Rule[] {
  const day = isoDay(asOf);
  if (rules !== RULES) return rules.filter((r) => inForce(r, day));
  let list = IN_FORCE.get(day);
  if (!list) {
    if (IN_FORCE.size > 64) IN_FORCE.clear();
    list = RULES.filter((r) => inForce(r, day));
    IN_FORCE.set(day, list);
  }
  return list;
}

/** Runs every rule in force on `asOf` over the fields (canonical keys, CONTRACT.md). */
export function runRules(input: RunRulesInput): Finding[] {
  return runRuleList(rulesInForce(input.asOf), input);
}

/** Runs the given rules (already filtered by date) over the input. */
export function runRuleList(rules: readonly Rule[], input: RunRulesInput): Finding[] {
  const ctx = new RuleContext(input.fields, input.filingType, isoDay(input.asOf));
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.filingTypes && ctx.filingType && !rule.filingTypes.includes(ctx.filingType)) continue;
    for (const p of rule.check(ctx)) out.push(toFinding(rule, p));
  }
  return out;
}

/** Findings left out by `runRulesBounded`, counted per rule and field. */
export interface OmittedFindings {
  rule: string;
  field: string;
  count: number;
}

/**
 * Like `runRules`, but keeps at most `perField` findings of a rule on one field and `perRule`
 * of a rule in all, counting the rest: a huge draft (thousands of bad domains) gives a bounded
 * report, and the findings left out are never built.
 */
export function runRulesBounded(input: RunRulesInput, perField: number, perRule: number): { findings: Finding[]; omitted: OmittedFindings[] } {
  const ctx = new RuleContext(input.fields, input.filingType, isoDay(input.asOf));
  const findings: Finding[] = [];
  const omitted = new Map<string, OmittedFindings>();
  for (const rule of rulesInForce(input.asOf)) {
    if (rule.filingTypes && ctx.filingType && !rule.filingTypes.includes(ctx.filingType)) continue;
    const perKey = new Map<string, number>();
    let kept = 0;
    for (const p of rule.check(ctx)) {
      const n = (perKey.get(p.field) ?? 0) + 1;
      perKey.set(p.field, n);
      if (n <= perField && kept < perRule) {
        kept++;
        findings.push(toFinding(rule, p));
        continue;
      }
      const key = `${rule.id}\u0000${p.field}`;
      const o = omitted.get(key);
      if (o) o.count++;
      else omitted.set(key, { rule: rule.id, field: p.field, count: 1 });
    }
  }
  return { findings, omitted: [...omitted.values()] };
}

// Readable sources per rule, built once (rules are module constants).
const SOURCE_TEXT = new WeakMap<Rule, LocalizedText>();
function sourceTextOf(rule: Rule): LocalizedText {
  let t = SOURCE_TEXT.get(rule);
  if (!t) SOURCE_TEXT.set(rule, (t = readableSourceText(rule.sources)));
  return t;
}

/** A rule's problem as a public Finding (messages filled, severity and source resolved). */
export function toFinding(rule: Rule, p: Problem): Finding {
  const m = rule.messages[p.messageId];
  if (!m) throw new Error(`rule ${rule.id}: unknown message "${p.messageId}"`);
  return {
    rule: rule.id,
    field: p.field,
    fields: p.fields ?? [p.field],
    severity: m.severity ?? rule.severity,
    message: { zh: fillTemplate(m.zh, p.params), en: fillTemplate(m.en, p.params) },
    why: rule.why,
    source: rule.sources.join('; '),
    sourceText: sourceTextOf(rule),
  };
}
