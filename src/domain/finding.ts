import * as z from 'zod/mini';
import { lazy } from '../messaging/lazy';
import { localizedTextSchema } from './localized';

/** Built on first use (messaging/lazy.ts): the content script reaches this module. */
export const severitySchema = lazy(() => z.enum(['error', 'warning', 'info']));
export const SeveritySchema = /* @__PURE__ */ severitySchema();
export type Severity = z.infer<typeof SeveritySchema>;

/** One problem found in a filing, by one rule, on one field (and possibly its partners). */
export const findingSchema = lazy(() =>
  z.object({
    /** Stable rule id (CONTRACT.md rule ids, plus added ones). */
    rule: z.string(),
    /** The canonical field key the finding is shown on. */
    field: z.string(),
    /** Every field this finding marks (pair rules mark both); includes `field`. */
    fields: z.array(z.string()),
    severity: severitySchema(),
    /** What is wrong and how to fix it. */
    message: localizedTextSchema(),
    /** Why it matters (what happens to the filing). */
    why: localizedTextSchema(),
    /** Citation: seed file and section, or the newer source (data: internal keys, never shown). */
    source: z.string(),
    /** The same sources as users read them: title, section, date, link (src/facts/source-citation.ts). */
    sourceText: z.optional(localizedTextSchema()),
  }),
);
export const FindingSchema = /* @__PURE__ */ findingSchema();
export type Finding = z.infer<typeof FindingSchema>;
