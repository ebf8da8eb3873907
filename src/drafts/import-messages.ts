import * as z from 'zod/mini';
import { defineMessage } from '../messaging/define-message';
import { IMPORT_LIMITS } from './import-limits';

/**
 * Popup/options → background: import a draft file's text. The background parses, validates
 * and stores it, so a huge or hostile file never blocks the popup or the options page (they
 * stay responsive while it runs). Kept apart from messages.ts: the content script never imports.
 */
export const draftsImport = defineMessage(
  'drafts/import',
  z.object({
    // Characters never outnumber UTF-8 bytes: a longer text is over the byte limit anyway.
    text: z.string().check(z.maxLength(IMPORT_LIMITS.fileBytes)),
    passphrase: z.optional(z.string().check(z.maxLength(1_000))),
  }),
  z.object({ ok: z.boolean(), ids: z.array(z.string()), problems: z.array(z.string()), needsPassphrase: z.optional(z.boolean()) }),
);
