/**
 * Facts that change over time carry the day they came into force (Beijing `YYYY-MM-DD`) and,
 * when they were withdrawn, the first day they no longer applied. The planner judges a filing
 * by the facts in force on its `asOf` day; where sources conflicted, both versions are listed
 * with their dates and a `conflict` note, never silently dropped.
 */
import type { LocalizedText } from '../domain/localized';

export interface DatedFact {
  /** First day in force (inclusive). */
  from: string;
  /** First day no longer in force (exclusive), if withdrawn. */
  until?: string;
  /** Citations (`cite()` / `citeAny()`). */
  sources: readonly string[];
  /** How a disagreement between sources was resolved, shown to users with the fact. */
  conflict?: LocalizedText;
}

/** The fact in force on `day`: the one with the latest `from` ≤ day whose `until` is after day. */
export function inForce<T extends DatedFact>(facts: readonly T[], day: string): T | undefined {
  let best: T | undefined;
  for (const f of facts) {
    if (f.from > day) continue;
    if (f.until !== undefined && day >= f.until) continue;
    if (!best || f.from >= best.from) best = f;
  }
  return best;
}
