import browser from 'webextension-polyfill';
import * as z from 'zod/mini';

/**
 * Which draft each tab and each page session writes: a filing continues in its tab from page
 * to page (start → subject → website), and a page session's saves (live or replayed from its
 * write-ahead copy) always reach the same draft. Also which page session each tab frame shows
 * now, so a replay can tell a live page's copy (left to that page) from a dead page's.
 * Kept in `storage.session` (survives service worker stops, not a browser restart; closed to
 * content scripts), cached in memory.
 */
const KEY = 'icp-tab-filings';
/** Where a page session is: `live` (its frame still shows it), `gone` (closed, reloaded, navigated on). */
export interface PageWhereabouts {
  tabId: number;
  live: boolean;
}

/** A tab continues its filing for this long after its last save. */
export const TAB_CONTINUITY_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 500;

const TabEntrySchema = z.object({ origin: z.string(), draftId: z.string(), url: z.string(), at: z.number() });
const PageSchema = z.object({ tabId: z.number(), frameId: z.number(), at: z.number() });
const StateSchema = z.object({
  tabs: z.record(z.string(), TabEntrySchema),
  sessions: z.record(z.string(), z.object({ draftId: z.string(), origin: z.string(), at: z.number() })),
  /** Page session → the tab frame it was first seen in. */
  pages: z._default(z.record(z.string(), PageSchema), () => ({})),
  /** `tabId:frameId` → the page session that frame shows now (the latest first seen there). */
  frames: z._default(z.record(z.string(), z.string()), () => ({})),
});
type State = z.infer<typeof StateSchema>;
export type TabEntry = z.infer<typeof TabEntrySchema>;

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };

export function createTabFilings(area: Area | undefined = (browser.storage as unknown as { session?: Area }).session, now = () => Date.now()) {
  let state: State | undefined;
  let loading: Promise<State> | undefined;
  /** No state in storage.session when this worker started: the browser has just started. */
  let fresh = false;

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
      fresh = got === undefined;
      state = parsed.success ? parsed.data : { tabs: {}, sessions: {}, pages: {}, frames: {} };
      // Written at once: the next worker of this browser session must not think the browser just started.
      if (fresh) persist(state);
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
      for (const [k, e] of Object.entries(s.tabs)) if (at - e.at > TAB_CONTINUITY_MS) delete s.tabs[k];
      if (r.sessionId) {
        s.sessions[r.sessionId] = { draftId: r.draftId, origin: r.origin, at };
        prune(s.sessions);
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
    /**
     * A closed tab: its pages are gone. Its filing entry stays until it expires (tab ids are not
     * reused), so a copy its last page left behind still joins the tab's filing.
     */
    async forgetTab(tabId: number): Promise<void> {
      const s = await load();
      for (const k of Object.keys(s.frames)) if (k.startsWith(`${tabId}:`)) delete s.frames[k];
      persist(s);
    },
    /**
     * True when this worker is the first of the browser session (storage.session was empty):
     * no page of the last browser session is alive, so every write-ahead copy is a dead page's.
     */
    async browserJustStarted(): Promise<boolean> {
      await load();
      return fresh;
    },
    /**
     * A page session talked to the background from this tab frame. Its first sighting makes it
     * the frame's current page (a dead page's last flush, arriving late, does not); a new page
     * in the top frame replaces every frame of the tab.
     */
    async seePage(sessionId: string | undefined, tabId: number | undefined, frameId: number | undefined): Promise<void> {
      if (!sessionId || tabId === undefined || tabId < 0) return;
      const s = await load();
      if (sessionId in s.pages) return;
      const frame = frameId ?? 0;
      s.pages[sessionId] = { tabId, frameId: frame, at: now() };
      if (frame === 0) for (const k of Object.keys(s.frames)) if (k.startsWith(`${tabId}:`)) delete s.frames[k];
      s.frames[`${tabId}:${frame}`] = sessionId;
      prune(s.pages);
      persist(s);
    },
    /** The tab of a page session and whether its frame still shows it (undefined: never seen). */
    async whereIs(sessionId: string): Promise<PageWhereabouts | undefined> {
      const p = (await load()).pages[sessionId];
      return p && { tabId: p.tabId, live: state!.frames[`${p.tabId}:${p.frameId}`] === sessionId };
    },
  };
}
export type TabFilings = ReturnType<typeof createTabFilings>;

/** Keeps the newest MAX_SESSIONS entries. */
function prune(entries: Record<string, { at: number }>): void {
  const ids = Object.keys(entries);
  if (ids.length <= MAX_SESSIONS) return;
  ids.sort((a, b) => entries[a]!.at - entries[b]!.at);
  for (const id of ids.slice(0, ids.length - MAX_SESSIONS)) delete entries[id];
}
