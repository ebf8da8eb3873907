import * as z from 'zod/mini';
import { fieldValueSchema, filingTypeSchema } from '../domain/draft-file';
import { StepProgressSchema } from '../domain/step';
import { defineMessage } from '../messaging/define-message';
import { lazy } from '../messaging/lazy';
import { draftIdentityShape, draftSummarySchema, providerSchema } from './types';
import { timesSchema } from './write-ahead';

/**
 * Messages of the drafts capability. Content scripts never open the database: they ask the
 * background, which accepts only the extension's own senders (MessageRouter).
 * The content script imports this module: every schema is built on first use (thunks and
 * messaging/lazy.ts), not while the script is evaluated at each page load.
 */

const fieldsSchema = lazy(() => z.record(z.string(), fieldValueSchema()));

/** Content → background: save what is on the page. No `draftId` creates the draft. */
export const draftsAutosave = defineMessage(
  'drafts/autosave',
  () =>
    z.object({
      draftId: z.optional(z.string()),
      origin: z.string(),
      url: z.string(),
      provider: providerSchema(),
      filingType: z.optional(filingTypeSchema()),
      fields: fieldsSchema(),
      /**
       * A draft this page session created before the user restored another one into the page:
       * everything in it is now on the page and saved into `draftId`, so it is soft-deleted.
       */
      discardDraftId: z.optional(z.string()),
      /** `restore`: the save follows a restore into the page; the draft's previous state is kept as a revision. */
      reason: z.optional(z.enum(['autosave', 'restore'])),
      /** The page session (random per page load): its saves and replays reach one draft. */
      session: z.optional(z.string()),
      /** Edit time per key (ms); 0 or absent: shown on the page, not typed (fills only an empty key). */
      times: z.optional(timesSchema()),
    }),
  () => z.object({ draftId: z.string(), dropped: z.array(z.string()) }),
);

/** A draft offered for restore on this page, with how many of its fields the page shows. */
const restoreCandidateSchema = lazy(() => z.object({ ...draftSummarySchema().shape, overlap: z.number() }));
export const RestoreCandidateSchema = /* @__PURE__ */ restoreCandidateSchema();
export type RestoreCandidate = z.infer<typeof RestoreCandidateSchema>;

/**
 * Content → background: drafts of this origin whose fields overlap the page's (`keys`);
 * `identity`: the identifying values the page shows (subject document number, subject name,
 * domains), so the matching filing comes first and another filing's draft is not offered.
 */
export const draftsMatch = defineMessage(
  'drafts/match',
  // `session`: the asking page session (the background learns which tab frame shows it).
  () => z.object({ origin: z.string(), keys: z.optional(z.array(z.string())), identity: z.optional(z.record(z.string(), fieldValueSchema())), session: z.optional(z.string()) }),
  () => z.object({ candidates: z.array(restoreCandidateSchema()) }),
);

const draftPayloadSchema = lazy(() =>
  z.object({
    ...draftIdentityShape(),
    fields: fieldsSchema(),
    progress: StepProgressSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export const DraftPayloadSchema = /* @__PURE__ */ draftPayloadSchema();

/**
 * Content → background: just a draft's values (for filling the page; smaller than `drafts/get`,
 * whose progress and metadata the content script never reads). `fields` is null when there is
 * no such draft.
 */
export const draftsFields = defineMessage(
  'drafts/fields',
  () => z.object({ id: z.string() }),
  () => z.object({ fields: z.nullable(fieldsSchema()) }),
);

/** Content/popup → background: one draft with its values. */
export const draftsGet = defineMessage(
  'drafts/get',
  () => z.object({ id: z.string() }),
  () => z.object({ draft: z.nullable(draftPayloadSchema()) }),
);

/** Popup or restore prompt → content script of the tab: fill the page from a draft (all of it, or `keys`). */
const restoreReportSchema = lazy(() =>
  z.object({
    filled: z.array(z.string()),
    failed: z.array(z.object({ key: z.string(), reason: z.string() })),
    skipped: z.array(z.object({ key: z.string(), reason: z.string() })),
  }),
);
export const RestoreReportSchema = /* @__PURE__ */ restoreReportSchema();
export type RestoreReport = z.infer<typeof RestoreReportSchema>;

/** A value the user typed on the page that a restore kept instead of the draft's. */
const conflictSchema = lazy(() => z.object({ key: z.string(), page: z.optional(fieldValueSchema()), draft: z.optional(fieldValueSchema()) }));
export const ConflictSchema = /* @__PURE__ */ conflictSchema();
export type Conflict = z.infer<typeof ConflictSchema>;

/**
 * `prompt`: the token of the restore prompt (extension iframe, src/restore-prompt) sending
 * this. Messages to a tab reach every frame; only the frame that mounted that prompt answers.
 */
const promptToken = () => ({ prompt: z.string() });
/** No fields: the request of a question, the answer of a message that only reports it was handled. */
const empty = lazy(() => z.object({}));

export const pageRestore = defineMessage(
  'page/restore',
  () =>
    z.object({
      draftId: z.string(),
      keys: z.optional(z.array(z.string())),
      /** Overwrite values the user typed on the page that differ from the draft (asked first). */
      overwrite: z.optional(z.boolean()),
      /** Put back what the page held before this page's last restore (the prompt's "Undo"). */
      undo: z.optional(z.boolean()),
      /** Sent by the in-page prompt (which then lists the conflicts); absent from the popup. */
      prompt: z.optional(z.string()),
    }),
  () => z.object({ ...restoreReportSchema().shape, conflicts: z.optional(z.array(conflictSchema())) }),
);

/** A storage problem of autosave, shown until it is over or closed; `transient`: retrying. */
const noticeSchema = lazy(() =>
  z.object({
    message: z.string(),
    transient: z.boolean(),
    /** `unseen-input`: the page hides typing from autosave (the frame shows its own text). */
    kind: z.optional(z.literal('unseen-input')),
  }),
);
export const NoticeSchema = /* @__PURE__ */ noticeSchema();
export type Notice = z.infer<typeof NoticeSchema>;

/**
 * Prompt → its content script: what to show (no candidates: no offer) and the field keys the
 * page shows now.
 */
export const promptState = defineMessage(
  'prompt/state',
  () => z.object(promptToken()),
  () =>
    z.object({
      candidates: z.array(restoreCandidateSchema()),
      notice: z.nullable(noticeSchema()),
      pageKeys: z.array(z.string()),
      /** Where a restore would fill: the page's origin and path (no query, no fragment). */
      page: z.optional(z.string()),
    }),
);

/** Content script → its prompt (runtime messages reach every extension page): ask `prompt/state` again. */
export const promptChanged = defineMessage('prompt/changed', () => z.object(promptToken()), empty);

/** Prompt → its content script: the prompt's content height in CSS pixels (the frame follows). */
export const promptResize = defineMessage('prompt/resize', () => z.object({ ...promptToken(), height: z.number() }), empty);

/** Prompt → its content script: the user closed the offer (none again in this page) or the notice. */
export const promptClose = defineMessage('prompt/close', () => z.object({ ...promptToken(), part: z.enum(['offer', 'notice']) }), empty);

/**
 * Prompt → background → the content scripts of the prompt's own tab: Firefox gives an extension
 * frame inside a web page no `tabs` API, so the prompt's messages to the content script that
 * mounted it go through the background, which sends them to the sender's tab only (the browser
 * names that tab, not the frame). `message` is the relayed `{type, payload}`; the answer is the
 * content script's reply envelope, which the prompt validates against the relayed message.
 */
export const promptRelay = defineMessage(
  'prompt/relay',
  () => z.object({ type: z.string(), payload: z.unknown() }),
  () => z.unknown(),
);

/** Popup → content script: which draft this tab autosaves into (to preselect it), if any. */
export const pageDraftStatus = defineMessage(
  'page/draft-status',
  empty,
  () => z.object({ draftId: z.nullable(z.string()), lastSavedAt: z.nullable(z.string()), error: z.nullable(z.string()) }),
);
