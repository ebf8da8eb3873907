/**
 * One upload check, with the same metadata as the form rules (src/rules/rule.ts): stable id,
 * zh/en messages, why, citations, in-force dates, and a pure check over the file's facts.
 */
import type { Severity } from '../domain/finding';
import type { LocalizedText } from '../domain/localized';
import type { DocumentKind } from '../facts/document-upload';
import type { RuleMessage } from '../rules/rule';
import type { ImageFacts } from './image-facts';

export interface UploadProblem<M extends string = string> {
  messageId: M;
  params?: Record<string, string | number>;
}

export interface UploadRule<M extends string = string> {
  id: string;
  severity: Severity;
  description: LocalizedText;
  messages: Record<M, RuleMessage>;
  why: LocalizedText;
  sources: readonly string[];
  /** In force from this day (inclusive) / until this day (exclusive), ISO dates. */
  since?: string;
  until?: string;
  /** Only for these documents (default: every document). */
  kinds?: readonly DocumentKind[];
  check(facts: ImageFacts): UploadProblem<M>[];
}

export function defineUploadRule<M extends string>(rule: UploadRule<M>): UploadRule<M> {
  return rule;
}

export const KB = 1024;
export const MB = 1024 * 1024;
