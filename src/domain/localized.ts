import * as z from 'zod/mini';
import { lazy } from '../messaging/lazy';

/** Text shown to users, always in both product languages. */
/** Built on first use (messaging/lazy.ts): the content script reaches this module. */
export const localizedTextSchema = lazy(() => z.object({ zh: z.string(), en: z.string() }));
export const LocalizedTextSchema = /* @__PURE__ */ localizedTextSchema();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Lang = keyof LocalizedText;
