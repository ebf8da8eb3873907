import type { Lang } from '../domain/localized';
import { headIsCurrent } from '../drafts/summary-head';
import { browserLang } from '../i18n/lang';
import { activeTabVia, pageTabOf, tabParam, type TabsApi } from '../popup/active-tab';
import { pickInitialDraft, type DraftChoice } from '../popup/select-draft';
import type { ActiveTab } from '../popup/services-types';
import { PAGE_DRAFT_WAIT_MS, within } from '../popup/within';
import { openDrafts, readRow, recentRows, type FirstRow } from './read-summaries';

/** The extension API the first render uses, raw (no polyfill): promise-based in Chrome MV3 and Firefox. */
export interface FirstApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: TabsApi & { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** What the first screen shows. */
export interface FirstScreenData {
  lang: Lang;
  tab: ActiveTab | null;
  choice: DraftChoice;
  /** The chosen draft's row (its head is current), or null when there are no drafts. */
  current: FirstRow | null;
  /** The most recently edited drafts, newest first (the switcher's head). */
  rows: FirstRow[];
}

/** Rows the first screen's switcher lists (the full popup lists 50 once it takes over). */
export const FIRST_ROWS = 10;

/** `page/draft-status` (src/drafts/messages.ts) asked raw: the draft the tab's content script autosaves into. */
async function pageDraftId(api: FirstApi, tabId: number): Promise<string | null> {
  const reply = (await api.tabs.sendMessage(tabId, { type: 'page/draft-status', payload: {} })) as { ok?: unknown; value?: { draftId?: unknown } } | undefined;
  const id = reply?.ok === true ? reply.value?.draftId : null;
  return typeof id === 'string' && id.length <= 200 ? id : null;
}

async function language(api: FirstApi): Promise<Lang> {
  const got = await api.storage.local.get('settings').catch(() => ({}) as Record<string, unknown>);
  const setting = (got.settings as { language?: unknown } | undefined)?.language;
  return setting === 'zh' || setting === 'en' ? setting : browserLang();
}

/**
 * Everything the first screen needs, read without the database library or the planner: the
 * language, the tab, the draft the full popup would choose (same order: `?draft=ID`, the tab's
 * own draft, the latest of the tab's origin, the latest) and the switcher's rows. `null` when
 * it cannot tell the truth at once (no current head for the chosen draft, an unknown id, a
 * database of another version, a row it cannot check): the full popup then renders alone.
 */
export async function loadFirstScreen(input: { search: string; api: FirstApi; now: Date; ownOrigin: string; factory?: IDBFactory }): Promise<FirstScreenData | null> {
  const { api } = input;
  const params = new URLSearchParams(input.search);
  const queryId = params.get('draft');
  const opening = openDrafts(input.factory);
  // The switcher's rows as soon as the database is open, while the language and the tab are
  // still on their way; the latest draft is their first (one read less on the common path).
  const recent = opening.then((db) => (db ? recentRows(db, FIRST_ROWS) : null));
  recent.catch(() => undefined); // awaited below, where a failure counts
  const [lang, tab, db] = await Promise.all([language(api), activeTabVia(api.tabs, tabParam(params)).catch(() => null), opening]);
  try {
    if (!db) return { lang, tab, choice: { id: null, reason: 'none' }, current: null, rows: [] };
    const pageTab = pageTabOf(tab, input.ownOrigin);
    const pageDraft = queryId || pageTab === null ? null : await within(pageDraftId(api, pageTab).catch(() => null), PAGE_DRAFT_WAIT_MS, null);
    let unreadable = false;
    const firstOf = async (origin?: string): Promise<string | undefined> => {
      const rows = await (origin === undefined ? recent : recentRows(db, 1, origin));
      if (!rows) unreadable = true;
      return rows?.[0]?.id;
    };
    const choice = await pickInitialDraft({
      queryId,
      pageDraftId: pageDraft,
      pageOrigin: tab?.origin ?? null,
      exists: async (id) => (await readRow(db, id)) !== undefined,
      latestForOrigin: firstOf,
      latest: firstOf,
    });
    const rows = await recent;
    if (unreadable || rows === null) return null;
    const current = choice.id ? (rows.find((r) => r.id === choice.id) ?? (await readRow(db, choice.id))) : null;
    if (current === undefined || (choice.id && !current?.head)) return null;
    if (current?.head && !headIsCurrent(current.head, input.now)) return null;
    return { lang, tab, choice, current, rows };
  } finally {
    db?.close();
  }
}
