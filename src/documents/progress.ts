/**
 * The document checklist's part of a draft's step progress (StepProgress is a loose object, so
 * these keys travel with it untouched): the items the user ticked, the answer "is the subject
 * principal the legal representative?", and per document kind how many files the page checked
 * and how many warnings they got — never anything of the files themselves.
 */
import * as z from 'zod/mini';
import type { StepProgress } from '../domain/step';

const count = () => z.int().check(z.minimum(0), z.maximum(1_000_000));

export const DocumentsProgressSchema = z.object({
  ticked: z.record(z.string().check(z.maxLength(300)), z.boolean()),
  legalRep: z.optional(z.boolean()),
});
export type DocumentsProgress = z.infer<typeof DocumentsProgressSchema>;

export const UploadCheckRecordSchema = z.object({ checked: count(), warnings: count(), at: z.string().check(z.maxLength(40)) });
export const UploadChecksSchema = z.record(z.string().check(z.maxLength(60)), UploadCheckRecordSchema);
export type UploadChecks = z.infer<typeof UploadChecksSchema>;

/** What was recorded, or an empty record when nothing (or something malformed) is there. */
export function documentsProgress(progress: StepProgress | undefined): DocumentsProgress {
  const r = z.safeParse(DocumentsProgressSchema, progress?.documents);
  return r.success ? r.data : { ticked: {} };
}

export function uploadChecks(progress: StepProgress | undefined): UploadChecks {
  const r = z.safeParse(UploadChecksSchema, progress?.uploadChecks);
  return r.success ? r.data : {};
}

export function withTick(progress: StepProgress, itemId: string, ticked: boolean): StepProgress {
  const d = documentsProgress(progress);
  return { ...progress, documents: { ...d, ticked: { ...d.ticked, [itemId]: ticked } } };
}

export function withLegalRep(progress: StepProgress, legalRep: boolean | undefined): StepProgress {
  const { legalRep: _old, ...d } = documentsProgress(progress);
  return { ...progress, documents: legalRep === undefined ? d : { ...d, legalRep } };
}

/** Adds one checked file with its number of warnings to the document kind's tally. */
export function withUploadCheck(progress: StepProgress, kind: string, warnings: number, at: string): StepProgress {
  const all = uploadChecks(progress);
  const prev = all[kind] ?? { checked: 0, warnings: 0, at };
  return { ...progress, uploadChecks: { ...all, [kind]: { checked: prev.checked + 1, warnings: prev.warnings + warnings, at } } };
}
