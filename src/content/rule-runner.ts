import type { FieldValues } from '../domain/draft-file';
import type { Finding } from '../domain/finding';
import { RULES, rulesInForce, runRuleList } from '../rules/engine';

type RuleList = ReturnType<typeof rulesInForce>;

/**
 * Runs the rules for the content script. While the user types, only the rules that read the
 * changed field (their `fields` metadata) run again and the other findings are kept: the cost
 * per key press no longer grows with the size of the form. Every change/blur or structural
 * change runs all rules, so nothing stays stale for long.
 */
export interface RuleRunner {
  all(values: FieldValues): Finding[];
  changed(values: FieldValues, changedKeys: readonly string[], previous: readonly Finding[]): Finding[];
}

export function createRuleRunner(now: () => Date = () => new Date()): RuleRunner {
  const patterns = new Map(RULES.map((r) => [r.id, r.fields.map(patternToRegExp)]));
  return {
    all(values) {
      return runRuleList(rulesInForce(now()), { fields: values, asOf: now() });
    },
    changed(values, changedKeys, previous) {
      const asOf = now();
      const rules = rulesInForce(asOf).filter((r) => {
        const res = patterns.get(r.id);
        return !res || res.length === 0 || changedKeys.some((k) => res.some((re) => re.test(k)));
      });
      if (rules.length === 0) return [...previous];
      const rerun = new Set(rules.map((r) => r.id));
      return [...previous.filter((f) => !rerun.has(f.rule)), ...runRuleList(rules as RuleList, { fields: values, asOf })];
    },
  };
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
