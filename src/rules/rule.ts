import type { FilingType } from '../domain/draft-file';
import type { Severity } from '../domain/finding';
import type { LocalizedText } from '../domain/localized';
import type { RuleContext } from './context';

/** A message template: `{name}` placeholders are filled from the problem's params. */
export interface RuleMessage extends LocalizedText {
  /** Overrides the rule's severity for this message (e.g. a failed checksum is only a warning). */
  severity?: Severity;
}

/** What a rule's check reports: where, which message, and the template values. */
export interface Problem<M extends string = string> {
  /** The field the finding is shown on. */
  field: string;
  /** Every field the finding marks (pair rules); defaults to [field]. */
  fields?: string[];
  messageId: M;
  params?: Record<string, string | number>;
}

/** A source conflict the rule resolves, stated so that it is never resolved silently. */
export interface RuleConflict {
  /** What the sources say, with their dates, and which one the rule follows from when. */
  note: LocalizedText;
  sources: readonly string[];
}

/**
 * One rule, ESLint style: metadata (documented in docs/rules.md) plus a pure check.
 * Rules are data: ids are public (CONTRACT.md), never renamed.
 */
export interface Rule<M extends string = string> {
  id: string;
  /** Default severity: error = the filing will be rejected, warning = probably, info = guidance. */
  severity: Severity;
  /** Field key patterns it reads; `website[*]` stands for every website index. */
  fields: readonly string[];
  /** What it checks, one sentence. */
  description: LocalizedText;
  messages: Record<M, RuleMessage>;
  /** Why it matters: what happens to the filing. */
  why: LocalizedText;
  /** Citations (cite() from src/facts/sources.ts). */
  sources: readonly string[];
  /**
   * In force from this day (ISO date), inclusive: the date of the rule's earliest cited source
   * (a source dated only by year or month counts from its first day).
   */
  since?: string;
  /** In force until this day (ISO date), exclusive. */
  until?: string;
  /** Rule ids (or older behaviours) this one replaces from `since`. */
  supersedes?: readonly string[];
  conflicts?: readonly RuleConflict[];
  /** Filing types the rule applies to; all when absent. */
  filingTypes?: readonly FilingType[];
  check(ctx: RuleContext): Problem<M>[];
}

/** Identity helper that infers the message ids, so `check` can only report declared messages. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Is the rule in force on the ISO day `asOf`? */
export function inForce(rule: Pick<Rule, 'since' | 'until'>, asOf: string): boolean {
  return (rule.since === undefined || asOf >= rule.since) && (rule.until === undefined || asOf < rule.until);
}
