import * as z from 'zod/mini';
import { defineMessage } from '../messaging/define-message';
import { must } from '../messaging/zod-check';

/**
 * Content script → background, after a trusted file pick: inject the upload checker
 * (`upload-check.js`) into the sender's own tab and frame. Carries nothing of the file.
 */
export const uploadInject = defineMessage(
  'uploads/inject',
  () => z.object({}),
  () => z.object({ injected: z.boolean() }),
);

/**
 * Upload checker (in the page) → background: one file was checked for this document, with
 * this many warnings. Only the count travels, never the file, its name or what was read.
 */
export const uploadChecked = defineMessage(
  'uploads/checked',
  () =>
    z.object({
      /** A DocumentKind or `other` (checked by shape here: the content script imports no facts). */
      kind: z.string().check(z.regex(/^[a-z][a-z-]{1,39}$/)),
      warnings: z.number().check(must((n) => Number.isSafeInteger(n) && n >= 0 && n <= 100, 'expected 0-100')),
    }),
  () => z.object({ recorded: z.boolean() }),
);
