import * as z from 'zod/mini';

/** Text shown to users, always in both product languages. */
export const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Lang = keyof LocalizedText;
