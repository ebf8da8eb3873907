import * as z from 'zod/mini';
import { defineMessage } from '../messaging/define-message';
import { IMPORT_LIMITS } from './import-limits';

/** Characters per `drafts/import` message. */
export const IMPORT_PART_CHARS = 256 * 1024;

/**
 * Popup/options → background: import a draft file's text. The background parses, validates
 * and stores it, so a huge or hostile file never blocks the popup or the options page (they
 * stay responsive while it runs). Kept apart from messages.ts: the content script never imports.
 */
export const draftsImport = defineMessage(
  'drafts/import',
  z.object({
    /**
     * The text comes in parts (`IMPORT_PART_CHARS` each): serialising one 5 MB message would
     * block the popup for ~100 ms; the background imports once every part has arrived.
     */
    upload: z.string().check(z.minLength(8), z.maxLength(64)),
    part: z.int().check(z.nonnegative()),
    parts: z.int().check(z.positive(), z.lte(Math.ceil(IMPORT_LIMITS.fileBytes / IMPORT_PART_CHARS))),
    text: z.string().check(z.maxLength(IMPORT_PART_CHARS)),
    passphrase: z.optional(z.string().check(z.maxLength(1_000))),
  }),
  // `done: false`: a part was stored, more are expected.
  z.object({ done: z.boolean(), ok: z.boolean(), ids: z.array(z.string()), problems: z.array(z.string()), needsPassphrase: z.optional(z.boolean()) }),
);

/** Popup → background: merge `sourceId` into `targetId` (one filing saved as two drafts). */
export const draftsMerge = defineMessage('drafts/merge', z.object({ targetId: z.string(), sourceId: z.string() }), z.object({ id: z.string() }));

/** Popup → background: move the chosen parts (subject, website indexes) of a draft into a new draft. */
export const draftsSplit = defineMessage(
  'drafts/split',
  z.object({ id: z.string(), sections: z.array(z.union([z.literal('subject'), z.int().check(z.nonnegative(), z.lte(50))])).check(z.minLength(1), z.maxLength(51)) }),
  z.object({ keptId: z.string(), createdId: z.string() }),
);

/** Popup → background: the user chose to restore this draft into this tab (its top frame may read it). */
export const draftsGrant = defineMessage('drafts/grant', z.object({ tabId: z.int(), draftId: z.string() }), z.object({}));
