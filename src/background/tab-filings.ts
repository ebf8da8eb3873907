import browser from 'webextension-polyfill';
import * as z from 'zod/mini';

/**
 * Which draft each tab and each page session writes: a filing continues in its tab from page
 * to page (start → subject → website), and a page session's saves (live or replayed from its
 * write-ahead copy) always reach the same draft. Kept in `storage.session` (survives service
 * worker stops, not a browser restart; closed to content scripts), cached in memory.
 */
const KEY = 'icp-tab-filings';
/** A tab continues its filing for this long after its last save. */
export const TAB_CONTINUITY_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 500;

const TabEntrySchema = z.object({ origin: z.string(), draftId: z.string(), url: z.string(), at: z.number() });
const StateSchema = z.object({
  tabs: z.record(z.string(), TabEntrySchema),
  sessions: z.record(z.string(), z.object({ draftId: z.string(), origin: z.string(), at: z.number() })),
});
type State = z.infer<typeof StateSchema>;
export type TabEntry = z.infer<typeof TabEntrySchema>;

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };

export function createTabFilings(area: Area | undefined = (browser.storage as unknown as { session?: Area }).session, now = () => Date.now()) {
  let state: State | undefined;
  let loading: Promise<State> | undefined;

  async function load(): Promise<State> {
    if (state) return state;
    loading ??= (async () => {
      let got: unknown;
      try {
        got = (await area?.get(KEY))?.[KEY];
      } catch {
        got = undefined;
      }
      const parsed = StateSchema.safeParse(got);
      state = parsed.success ? parsed.data : { tabs: {}, sessions: {} };
      return state;
    })();
    return loading;
  }

  function persist(s: State): void {
    area?.set({ [KEY]: s }).catch(() => undefined);
  }

  return {
    /** The draft a tab is writing on this origin, while its continuity lasts. */
    async forTab(tabId: number | undefined, origin: string): Promise<TabEntry | undefined> {
      if (tabId === undefined || tabId < 0) return undefined;
      const e = (await load()).tabs[String(tabId)];
      return e && e.origin === origin && now() - e.at <= TAB_CONTINUITY_MS ? e : undefined;
    },
    /** The draft a page session already saved into (its replays go there too). */
    async forSession(sessionId: string | undefined, origin: string): Promise<string | undefined> {
      if (!sessionId) return undefined;
      const e = (await load()).sessions[sessionId];
      return e && e.origin === origin ? e.draftId : undefined;
    },
    async remember(r: { tabId?: number; sessionId?: string; origin: string; url: string; draftId: string }): Promise<void> {
      const s = await load();
      const at = now();
      if (r.tabId !== undefined && r.tabId >= 0) s.tabs[String(r.tabId)] = { origin: r.origin, draftId: r.draftId, url: r.url, at };
      if (r.sessionId) {
        s.sessions[r.sessionId] = { draftId: r.draftId, origin: r.origin, at };
        const ids = Object.keys(s.sessions);
        if (ids.length > MAX_SESSIONS) {
          ids.sort((a, b) => s.sessions[a]!.at - s.sessions[b]!.at);
          for (const id of ids.slice(0, ids.length - MAX_SESSIONS)) delete s.sessions[id];
        }
      }
      persist(s);
    },
    /** A merged-away or deleted draft: its tabs and sessions follow the draft that replaced it (or none). */
    async redirect(fromDraftId: string, toDraftId: string | undefined): Promise<void> {
      const s = await load();
      for (const [k, e] of Object.entries(s.tabs)) if (e.draftId === fromDraftId) toDraftId ? (e.draftId = toDraftId) : delete s.tabs[k];
      for (const [k, e] of Object.entries(s.sessions)) if (e.draftId === fromDraftId) toDraftId ? (e.draftId = toDraftId) : delete s.sessions[k];
      persist(s);
    },
    async forgetTab(tabId: number): Promise<void> {
      const s = await load();
      if (!(String(tabId) in s.tabs)) return;
      delete s.tabs[String(tabId)];
      persist(s);
    },
  };
}
export type TabFilings = ReturnType<typeof createTabFilings>;
