import type { FieldValues } from '../domain/draft-file';
import { PROVIDER_NAMES } from '../hosts/filing-hosts';
import { hasValue } from './sanitize';
import type { SummaryHead } from './summary-head';
import type { DraftRecord, DraftSummary } from './types';

function firstString(v: FieldValues[string] | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.find((s) => s.trim() !== '')?.trim();
  return undefined;
}

/** The summary row kept beside each draft (what lists show), with the popup's first screen when known. */
export function summarize(d: DraftRecord, head?: SummaryHead): DraftSummary {
  const subjectName = firstString(d.fields['subject.name']);
  const domain = firstString(d.fields['website.domains']);
  return {
    id: d.id,
    name: d.name,
    provider: d.provider,
    origin: d.origin,
    ...(d.url !== undefined ? { url: d.url } : {}),
    filingType: d.filingType,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    fieldCount: Object.values(d.fields).filter(hasValue).length,
    ...(subjectName ? { subjectName } : {}),
    ...(domain ? { domain } : {}),
    ...(d.deletedAt ? { deletedAt: d.deletedAt } : {}),
    ...(head ? { head } : {}),
  };
}

/** Drafts with more values than this open only when the user asks (the popup stays quick). */
export const EAGER_OPEN_MAX_FIELDS = 300;

/** Whether a screen may load this draft's values without the user asking for it. */
export function opensEagerly(s: Pick<DraftSummary, 'fieldCount'>): boolean {
  return s.fieldCount <= EAGER_OPEN_MAX_FIELDS;
}

/**
 * A draft's default name, so that people can tell filings apart: "subject name · domain ·
 * provider" from what is typed (the website name stands in for a missing subject name), else
 * the provider and the date ("阿里云 2026-11-22"). The user may rename it; then it is kept.
 */
export function deriveDraftName(fields: FieldValues, provider: DraftRecord['provider'], createdAt: string): string {
  const label = provider === 'other' ? undefined : (PROVIDER_NAMES[provider]?.zh ?? provider);
  const who = firstString(fields['subject.name']) ?? firstString(fields['website.name']);
  const domain = firstString(fields['website.domains']);
  const named = [who?.slice(0, 60), domain?.slice(0, 60)].filter((p): p is string => !!p);
  if (named.length > 0) return [...named, ...(label ? [label] : [])].join(' · ');
  return `${label ?? '备案草稿'} ${createdAt.slice(0, 10)}`;
}

/** When a draft expires under the user's retention period (`undefined`: kept forever). */
export function expiresAt(updatedAt: string, retentionDays: number): Date | undefined {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return undefined;
  return new Date(Date.parse(updatedAt) + retentionDays * 86_400_000);
}
