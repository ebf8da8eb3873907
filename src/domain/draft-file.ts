import * as z from 'zod/mini';
import { lazy } from '../messaging/lazy';
import { isCanonicalKey } from './field-keys';

export const FILING_TYPES = [
  'new',
  'transfer',
  'new-website',
  'change-subject',
  'change-website',
  'cancel-subject',
  'cancel-website',
  'cancel-access',
  'claim',
] as const;
// Built on first use (messaging/lazy.ts): the content script reaches this module.
export const filingTypeSchema = lazy(() => z.enum(FILING_TYPES));
export const FilingTypeSchema = /* @__PURE__ */ filingTypeSchema();
export type FilingType = z.infer<typeof FilingTypeSchema>;

export const fieldValueSchema = lazy(() => z.union([z.string(), z.array(z.string()), z.boolean()]));
export const FieldValueSchema = /* @__PURE__ */ fieldValueSchema();
export type FieldValue = z.infer<typeof FieldValueSchema>;

/**
 * Field values under canonical keys (CONTRACT.md). Unknown keys are refused, not dropped.
 * Marked pure so bundles that never validate a whole draft (the content script) drop it.
 */
export const FieldValuesSchema = /* @__PURE__ */ z.record(z.string(), FieldValueSchema).check(
  z.superRefine((fields, ctx) => {
    for (const key of Object.keys(fields)) {
      if (!isCanonicalKey(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown field key "${key}"`, input: fields });
      }
    }
  }),
);
export type FieldValues = Record<string, FieldValue>;

/** The contract's draft file: export/import format and the input of `check-draft`. */
export const DraftFileSchema = /* @__PURE__ */ z
  .looseObject({
    format: z.literal('icp-filing-draft'),
    version: z.literal(1),
    filingType: FilingTypeSchema,
    fields: FieldValuesSchema,
  })
  .check(
    // zod/mini re-exports `meta` as a plain const, so the bundler cannot see it is pure.
    /* @__PURE__ */ z.meta({
      title: 'ICP filing draft',
      description: 'A draft of one ICP filing: filing type and field values under the canonical keys of CONTRACT.md.',
    }),
  );
export type DraftFile = z.infer<typeof DraftFileSchema>;
