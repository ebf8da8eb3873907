import * as z from 'zod/mini';
import { defineMessage } from '../messaging/define-message';
import { must } from '../messaging/zod-check';
import { findingSchema } from '../domain/finding';
import { fieldValueSchema, filingTypeSchema } from '../domain/draft-file';

/**
 * Messages of the content script and of site activation. Page values travel only in
 * `rules/check`, to the extension's own service worker (never to a page or the network).
 * Schemas are thunks: each is built when its message is first sent or answered.
 */

/** A whole number ≥ 0 (as `z.int().check(z.minimum(0))`, without adding their zod kinds). */
const count = () => z.number().check(must((n) => Number.isSafeInteger(n) && n >= 0, 'expected a whole number ≥ 0'));

/** Content script → background: findings on this frame of the tab (drives the action badge). */
export const badgeUpdate = defineMessage(
  'badge/update',
  () => z.object({ errors: count(), warnings: count() }),
  () => z.literal(null),
);
export type FindingCounts = z.infer<typeof badgeUpdate.request>;

/**
 * Content script → background: run the rules over the page's values (the rules engine lives
 * in the service worker, not in every page). With `changedKeys` only the rules reading those
 * fields run, and `rules` in the answer names them: the caller replaces those rules' findings
 * and keeps its others. Without it every rule in force runs (no `rules` in the answer).
 * Values are the form's own (secrets are never read into them).
 */
export const rulesCheck = defineMessage(
  'rules/check',
  () =>
    z.object({
      fields: z.record(z.string(), fieldValueSchema()),
      filingType: z.optional(filingTypeSchema()),
      /** Judge as of this day (ISO date); default today. */
      asOf: z.optional(z.string()),
      changedKeys: z.optional(z.array(z.string())),
    }),
  () => z.object({ findings: z.array(findingSchema()), rules: z.optional(z.array(z.string())) }),
);

/** Popup → content script of the active tab: what the helper sees on the page. */
export const pageSummary = defineMessage(
  'page/summary',
  () => z.object({}),
  () =>
    z.object({
      /** Number of recognised fields (secrets excluded). */
      fields: count(),
      /** Every finding on the page, dismissed ones included. */
      findings: z.array(findingSchema()),
      /** Number of controls the recogniser could not map. */
      unmapped: count(),
      /** Canonical keys of the recognised fields, in page order (additive). */
      keys: z.optional(z.array(z.string())),
      /** `${field}|${rule}` of the warnings the user dismissed on this page (additive). */
      dismissed: z.optional(z.array(z.string())),
    }),
);
export type PageSummary = z.infer<typeof pageSummary.response>;

/** Popup → content script: scroll the field into view and focus it. */
export const pageScrollToField = defineMessage(
  'page/scroll-to-field',
  () => z.object({ field: z.string().check(must((s) => s.length > 0, 'expected a field key')) }),
  () => z.object({ found: z.boolean() }),
);

/** Background (keyboard command) → content script: focus the next (1) or previous (-1) warning. */
export const pageGoToWarning = defineMessage(
  'page/go-to-warning',
  () => z.object({ step: z.union([z.literal(1), z.literal(-1)]) }),
  () => z.object({ found: z.boolean() }),
);

/** `https://example.com` or `http://127.0.0.1:8080`: scheme and host, no path. */
const origin = () => z.string().check(z.regex(/^https?:\/\/[^/?#*\s]+$/, 'expected an origin such as https://example.com'));

/**
 * Popup → background, after the popup obtained the host permission with
 * `permissions.request` (which needs the popup's user gesture): register the content
 * script for the origin and inject it into the tab now.
 */
export const siteEnable = defineMessage(
  'site/enable',
  () => z.object({ origin: origin(), tabId: z.optional(z.int()) }),
  () => z.object({ registered: z.boolean(), injected: z.boolean() }),
);

/** Popup → background: unregister the content script and give the host permission back. */
export const siteDisable = defineMessage(
  'site/disable',
  () => z.object({ origin: origin() }),
  () => z.object({ removed: z.boolean() }),
);

/** Popup → background: the origins the user enabled (built-in filing hosts not included). */
export const siteList = defineMessage(
  'site/list',
  () => z.object({}),
  () => z.object({ origins: z.array(z.string()) }),
);

/**
 * Content script → background: inject one of the content script's on-demand scripts
 * (src/content/on-demand.ts) into the sender's own tab and frame: `restore` (restore.js, the fill
 * engine) only while answering a restore the user chose in the popup or the prompt; `prompt`
 * (prompt-mount.js) once there is a draft to offer or a notice to show; `warnings` (warnings.js)
 * when the frame has a warning to show, the user enters a field or a form renders. Nothing is injected anywhere else.
 */
export const injectScript = defineMessage(
  'inject/script',
  () => z.object({ script: z.enum(['restore', 'prompt', 'warnings']) }),
  () => z.object({ injected: z.boolean() }),
);
