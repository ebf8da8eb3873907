import * as z from 'zod/mini';
import { FieldValueSchema, FilingTypeSchema, filingTypeSchema, type FieldValues, type FilingType } from '../domain/draft-file';
import { StepProgressSchema, type StepProgress } from '../domain/step';
import type { ProviderId } from '../hosts/filing-hosts';
import { lazy } from '../messaging/lazy';
import type { SummaryHead } from './summary-head';

/** One filing in progress, stored in the extension's IndexedDB (never the page's). */
export interface DraftRecord {
  id: string;
  name: string;
  provider: ProviderId | 'other';
  /** Origin of the filing page the draft was typed on (restore offers match on it). */
  origin: string;
  filingType: FilingType;
  /** Values under canonical keys; secrets never. */
  fields: FieldValues;
  progress: StepProgress;
  createdAt: string;
  updatedAt: string;
  /** Full URL of the page last saved from (v2). */
  url?: string;
  /** Soft delete: set when the user deleted the draft; purged after a grace period (v2). */
  deletedAt?: string;
  /** Counter bumped on every write (v2). */
  revision?: number;
  /** True once the user renamed it: autosave then stops deriving the name (v2). */
  nameLocked?: boolean;
  /** Per key: when the value was typed (ms), so a late replay never overwrites a newer edit. */
  fieldTimes?: Record<string, number>;
}

export const PROVIDER_IDS = ['aliyun', 'tencent', 'huawei', 'jdcloud', 'volcengine', 'baidu', 'ucloud', 'other'] as const;
// Built on first use (messaging/lazy.ts): the content script reaches this module.
export const providerSchema = lazy(() => z.enum(PROVIDER_IDS));
export const ProviderSchema = /* @__PURE__ */ providerSchema();

const IsoDate = /* @__PURE__ */ z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date'));

/** Validates a stored draft on every read and write. Field keys are checked by the sanitiser. */
export const DraftRecordSchema = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string().check(z.minLength(1)),
  name: z.string(),
  provider: ProviderSchema,
  origin: z.string(),
  filingType: FilingTypeSchema,
  fields: z.record(z.string(), FieldValueSchema),
  progress: StepProgressSchema,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  url: z.optional(z.string()),
  deletedAt: z.optional(IsoDate),
  revision: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  nameLocked: z.optional(z.boolean()),
  fieldTimes: z.optional(z.record(z.string(), z.number())),
});

/** What lists show (popup, restore prompt): no field values. */
export interface DraftSummary {
  id: string;
  name: string;
  provider: ProviderId | 'other';
  origin: string;
  url?: string;
  filingType: FilingType;
  createdAt: string;
  updatedAt: string;
  /** Number of non-empty fields. */
  fieldCount: number;
  /** Subject name and first domain, when typed (for display next to the name). */
  subjectName?: string;
  domain?: string;
  deletedAt?: string;
  /** The popup's first screen for this draft, planned when it was written (v4; summary-head.ts). */
  head?: SummaryHead;
}

/** What identifies a draft and its filing: the first keys of its summary and of its message payload. */
export const draftIdentityShape = () => ({
  id: z.string(),
  name: z.string(),
  provider: providerSchema(),
  origin: z.string(),
  url: z.optional(z.string()),
  filingType: filingTypeSchema(),
});

export const draftSummarySchema = lazy(() =>
  z.object({
    ...draftIdentityShape(),
    createdAt: z.string(),
    updatedAt: z.string(),
    fieldCount: z.number(),
    subjectName: z.optional(z.string()),
    domain: z.optional(z.string()),
    deletedAt: z.optional(z.string()),
  }),
);
export const DraftSummarySchema = /* @__PURE__ */ draftSummarySchema();

/** Why a revision (the state BEFORE a write) was kept. */
export type RevisionReason = 'autosave' | 'edit' | 'restore' | 'import' | 'revert' | 'migration';

/** A past state of a draft, kept so an overwrite can be undone (v2 `revisions` table). */
export interface RevisionRecord {
  /** Auto-incremented primary key. */
  seq?: number;
  draftId: string;
  savedAt: string;
  reason: RevisionReason;
  /** The draft as it was (without its own revision history). */
  snapshot: DraftRecord;
}

export interface RevisionSummary {
  seq: number;
  draftId: string;
  savedAt: string;
  reason: RevisionReason;
  name: string;
  fieldCount: number;
}

export const RevisionSummarySchema = /* @__PURE__ */ z.object({
  seq: z.number(),
  draftId: z.string(),
  savedAt: z.string(),
  reason: z.enum(['autosave', 'edit', 'restore', 'import', 'revert', 'migration']),
  name: z.string(),
  fieldCount: z.number(),
});
