import * as z from 'zod/mini';
import { FieldValueSchema } from '../domain/draft-file';
import { lazy } from '../messaging/lazy';
import { ProviderSchema } from './types';

/**
 * The write-ahead copy of a page session's unsent edits, in `storage.local` (extension
 * storage on disk, never the page's): it survives a closed tab, a stopped service worker and
 * quitting the browser within the save delay. The background replays it (per-field edit times:
 * never over a newer value; the session's own draft: never a second one) and removes it once
 * a save covers it. Sanitised like drafts on replay.
 */
export { WRITE_AHEAD_PREFIX } from './write-ahead-key';

/** Per-field edit times in ms; 0: shown on the page, not typed (fills only an empty key). */
// Built on first use (messaging/lazy.ts): the content script reaches this module.
export const timesSchema = lazy(() => z.record(z.string(), z.number()));
export const TimesSchema = /* @__PURE__ */ timesSchema();

export const WriteAheadSchema = /* @__PURE__ */ z.object({
  origin: z.string(),
  url: z.string(),
  provider: ProviderSchema,
  session: z.string(),
  draftId: z.optional(z.string()),
  fields: z.record(z.string(), FieldValueSchema),
  times: TimesSchema,
  at: z.number(),
});
export type WriteAhead = z.infer<typeof WriteAheadSchema>;
