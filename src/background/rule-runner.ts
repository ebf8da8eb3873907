import type { FieldValues, FilingType } from '../domain/draft-file';
import type { Finding } from '../domain/finding';
import { RULES, rulesInForce, runRuleList } from '../rules/engine';

/**
 * Runs the rules for `rules/check` (in the service worker; the content script only sends the
 * values). While the user types, only the rules that read the changed fields (their `fields`
 * metadata) run again: the answer names them, and the content script keeps its other findings.
 * The cost per key press does not grow with the size of the form. Every change/blur or
 * structural change runs all rules, so nothing stays stale for long.
 */
export interface RuleRunner {
  all(values: FieldValues, filingType?: FilingType, asOf?: Date | string): Finding[];
  /** The findings of the rules reading `changedKeys`, and the ids of the rules that ran. */
  some(values: FieldValues, changedKeys: readonly string[], filingType?: FilingType, asOf?: Date | string): { findings: Finding[]; rules: string[] };
  /** `some` merged into the findings of an earlier run (what a client does with the answer). */
  changed(values: FieldValues, changedKeys: readonly string[], previous: readonly Finding[]): Finding[];
}

export function createRuleRunner(now: () => Date = () => new Date()): RuleRunner {
  const patterns = new Map(RULES.map((r) => [r.id, r.fields.map(patternToRegExp)]));
  const runner: RuleRunner = {
    all(values, filingType, asOf = now()) {
      return runRuleList(rulesInForce(asOf), { fields: values, filingType, asOf });
    },
    some(values, changedKeys, filingType, asOf = now()) {
      const rules = rulesInForce(asOf).filter((r) => {
        const res = patterns.get(r.id);
        return !res || res.length === 0 || changedKeys.some((k) => res.some((re) => re.test(k)));
      });
      const findings = rules.length === 0 ? [] : runRuleList(rules, { fields: values, filingType, asOf });
      return { findings, rules: rules.map((r) => r.id) };
    },
    changed(values, changedKeys, previous) {
      const { findings, rules } = runner.some(values, changedKeys);
      return mergeFindings(previous, findings, rules);
    },
  };
  return runner;
}

/** Findings of `previous` from rules that did not run again, then the new ones. */
export function mergeFindings(previous: readonly Finding[], next: readonly Finding[], rerun: readonly string[]): Finding[] {
  const ran = new Set(rerun);
  return [...previous.filter((f) => !ran.has(f.rule)), ...next];
}

/** `website[*].principal.mobile`, `subject.*` → a RegExp over canonical keys. */
export function patternToRegExp(pattern: string): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('[*]', i)) {
      src += '(?:\\[\\d+\\])?';
      i += 2;
    } else if (pattern[i] === '*') src += '.+';
    else src += pattern[i]!.replace(/[.[\]()+?^${}|\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}
