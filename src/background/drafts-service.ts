import browser from 'webextension-polyfill';
import type { output } from 'zod/v4/core';
import type { MessageRouter } from '../messaging/router';
import { draftsAutosave, draftsFields, draftsGet, draftsMatch, pageRestore, promptClose, promptRelay, promptResize, promptState, type RestoreCandidate } from '../drafts/messages';
import { DraftRepository } from '../drafts/repository';
import { DB_NAME } from '../drafts/db';
import { summaryHeadNow } from '../drafts/plan-summary-head';
import type { DraftRecord } from '../drafts/types';
import type { WriteAhead } from '../drafts/write-ahead';
import { compareIdentity, findSameFiling, identityOf, rankForPage } from './filing-match';
import { isExtensionPage, requirePageOrigin } from './sender-origin';
import { registerDraftsManage } from './drafts-manage-service';
import { createRestoreGrants } from './restore-grants';
import { createTabFilings, type TabFilings } from './tab-filings';
import { acknowledgeWriteAhead, mayReplay, replayWriteAhead } from './write-ahead-replay';
import { hasValue } from '../drafts/sanitize';
import { summarize } from '../drafts/summary';
import { loadSettings } from '../settings/settings';

/** What the restore prompt may send to its tab's content script. */
const RELAYED_FROM_PROMPT = new Set<string>([promptState.type, promptResize.type, promptClose.type, pageRestore.type]);

const PURGE_ALARM = 'drafts-purge';
/** Restore prompts offer at most this many drafts. */
const MAX_CANDIDATES = 10;

let repo: DraftRepository | undefined;
/** One repository per service worker life (Dexie reopens the database as needed). */
export function draftRepository(): DraftRepository {
  // Each write also plans the popup's first screen into the summary row (same transaction).
  repo ??= new DraftRepository(DB_NAME, { summaryHead: summaryHeadNow });
  return repo;
}

/** Drafts of one origin looked at when matching a page to its filing. */
const MAX_SCANNED = 50;
/** An edit time may run ahead of this worker's clock by this much (another process's clock). */
const MAX_CLOCK_SKEW_MS = 60_000;
/** Write-ahead copies are replayed at most this often while pages talk to the worker. */
const REPLAY_EVERY_MS = 5_000;

type AutosaveRequest = output<typeof draftsAutosave.request>;
/** Who saves: the sender's real frame (or, for a replay, the page session that wrote the copy). */
interface SaveContext {
  origin: string;
  tabId?: number;
  /** The user chose this draft in the popup for this tab: it moves to the page's origin. */
  granted?: boolean;
  /** A write-ahead replay: its tab (if known) is looked up for continuity, never re-pointed. */
  replay?: boolean;
}

/**
 * Drafts in the background: the only context content scripts reach the database through.
 * Handlers are registered synchronously so a worker woken by a message finds them. Every
 * content-script request is bound to the sender's real origin (src/background/sender-origin).
 */
export function registerDrafts(router: MessageRouter, tabs: TabFilings = createTabFilings()): void {
  const grants = createRestoreGrants();
  registerDraftsManage(router, draftRepository, tabs, grants);
  router.handle(draftsAutosave, async (req, sender) => {
    const origin = requirePageOrigin(sender, req.origin);
    await tabs.seePage(req.session, sender.tab?.id, sender.frameId);
    maybeReplay();
    const granted = req.draftId !== undefined && grants.allows(sender, req.draftId);
    const saved = await serially(() => autosave(req, { origin, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), ...(granted ? { granted } : {}) }));
    if (req.discardDraftId && req.discardDraftId !== saved.draftId) {
      const stray = await draftRepository().get(req.discardDraftId);
      // Soft delete (undoable): the page's values went into the restored draft.
      if (stray?.origin === origin) {
        await draftRepository()
          .delete(stray.id)
          .catch(() => undefined);
        await tabs.redirect(stray.id, saved.draftId);
      }
    }
    return saved;
  });

  /** The draft of this save: the session's, the tab's filing, the filing its values name, or a new one. */
  async function targetDraft(req: AutosaveRequest, ctx: SaveContext): Promise<DraftRecord | undefined> {
    const r = draftRepository();
    if (req.draftId) {
      const own = await r.get(req.draftId);
      if (own && own.origin !== ctx.origin && !ctx.granted) throw new Error('that draft belongs to another site');
      if (own) return own;
    }
    const bySession = await tabs.forSession(req.session, ctx.origin);
    const sessionDraft = bySession ? await r.get(bySession) : undefined;
    if (sessionDraft) return sessionDraft;
    const mine = identityOf(req.fields);
    const inTab = await tabs.forTab(ctx.tabId, ctx.origin);
    const tabDraft = inTab ? await r.get(inTab.draftId) : undefined;
    if (tabDraft && compareIdentity(mine, identityOf(tabDraft.fields)) !== 'different') return tabDraft;
    const drafts: DraftRecord[] = [];
    for (const s of (await r.findForOrigin(ctx.origin)).slice(0, MAX_SCANNED)) {
      const d = await r.get(s.id);
      if (d) drafts.push(d);
    }
    // A new visit joins a filing by the URL's order id or by identifying values the user typed
    // (a value merely shown on the page, like a static document number, only ranks the offer:
    // the user then chooses to restore it, and this page's draft is folded into it).
    const typed = req.times ? Object.fromEntries(Object.entries(req.fields).filter(([k]) => (req.times![k] ?? 0) > 0)) : req.fields;
    const same = findSameFiling(drafts, { url: req.url, fields: typed });
    return drafts.find((d) => d.id === same);
  }

  async function autosave(req: AutosaveRequest, ctx: SaveContext): Promise<{ draftId: string; dropped: string[] }> {
    const r = draftRepository();
    const limit = Date.now() + MAX_CLOCK_SKEW_MS;
    const times = req.times ? Object.fromEntries(Object.entries(req.times).map(([k, t]) => [k, Math.min(Math.max(0, t), limit)])) : undefined;
    const target = await targetDraft(req, ctx);
    let result: { draftId: string; dropped: string[] };
    if (target) {
      const { dropped } = await r.saveFields(target.id, req.fields, {
        url: req.url,
        ...(target.origin !== ctx.origin ? { origin: ctx.origin } : {}),
        reason: req.reason ?? 'autosave',
        ...(req.filingType ? { filingType: req.filingType } : {}),
        ...(times ? { times } : {}),
      });
      result = { draftId: target.id, dropped: dropped.map((d) => d.key) };
    } else {
      const { draft, dropped } = await r.create({
        provider: req.provider,
        origin: ctx.origin,
        url: req.url,
        fields: req.fields,
        ...(req.filingType ? { filingType: req.filingType } : {}),
        ...(times ? { times } : {}),
      });
      result = { draftId: draft.id, dropped: dropped.map((d) => d.key) };
    }
    await tabs.remember({
      ...(ctx.tabId !== undefined && !ctx.replay ? { tabId: ctx.tabId } : {}),
      ...(req.session ? { sessionId: req.session } : {}),
      origin: ctx.origin,
      url: req.url,
      draftId: result.draftId,
    });
    if (req.session) await acknowledgeWriteAhead(req.session, { fields: req.fields, times: times ?? {} }).catch(() => undefined);
    return result;
  }

  /**
   * Saves run one at a time: two saves of one session (a replay and the live one, or a tab's
   * next page and its previous page's last flush) must not both find no draft and create two.
   */
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A write-ahead copy is a page session's unsent save: replayed as that session (its origin,
   * its draft, its tab's filing), or left to its page while that page lives and has no draft
   * (`mayReplay`). Returns false when left.
   */
  const replay = (w: WriteAhead, bootAt: number | undefined): Promise<boolean> =>
    serially(async () => {
      const owned = !!w.draftId || (await tabs.forSession(w.session, w.origin)) !== undefined;
      const page = await tabs.whereIs(w.session);
      if (!mayReplay(w, { owned, page, bootAt, now: Date.now() })) return false;
      await autosave(
        { origin: w.origin, url: w.url, provider: w.provider, fields: w.fields, times: w.times, session: w.session, ...(w.draftId ? { draftId: w.draftId } : {}) },
        { origin: w.origin, replay: true, ...(page ? { tabId: page.tabId } : {}) },
      );
      return true;
    });
  const workerStart = Date.now();
  let lastReplay = 0;
  /**
   * `browserStart`: this worker is the first of the browser session, so copies written before
   * it are the last session's (every copy of a page of the last session is dead); otherwise
   * only copies their page stopped updating.
   */
  function replayNow(browserStart = false): Promise<unknown> {
    lastReplay = Date.now();
    return replayWriteAhead((w) => replay(w, browserStart ? workerStart : undefined), browserStart ? 0 : REPLAY_EVERY_MS).catch(() => undefined);
  }
  function maybeReplay(): void {
    if (Date.now() - lastReplay >= REPLAY_EVERY_MS) void replayNow();
  }
  // Browser start (after a quit within the save delay), and every worker start: a worker
  // restarted while pages are open (storage.session still holds this browser session's state)
  // replays only what their pages left behind: a live page's half-typed copy must not pick its draft.
  browser.runtime.onStartup?.addListener(() => void replayNow(true));
  setTimeout(() => void tabs.browserJustStarted().then((fresh) => replayNow(fresh)), 1_000);
  browser.tabs?.onRemoved?.addListener((tabId) => void tabs.forgetTab(tabId));

  router.handle(draftsMatch, async (req, sender) => {
    const origin = requirePageOrigin(sender, req.origin);
    await tabs.seePage(req.session, sender.tab?.id, sender.frameId);
    maybeReplay();
    const r = draftRepository();
    const summaries = await r.findForOrigin(origin);
    const pageKeys = req.keys ? new Set(req.keys) : undefined;
    const pageUrl = sender.url ?? origin;
    const shown = identityOf(req.identity ?? {});
    // The draft this tab is writing is never offered to its next page (it continues there);
    // only a reload of the very page that wrote it, which lost what it showed.
    const inTab = await tabs.forTab(sender.tab?.id, origin);
    const writing = inTab && samePage(inTab.url, pageUrl) ? undefined : inTab?.draftId;
    const found: (RestoreCandidate & { url?: string; fields: DraftRecord['fields'] })[] = [];
    for (const s of summaries.slice(0, MAX_CANDIDATES * 3)) {
      if (s.id === writing) continue;
      const d = await r.get(s.id);
      if (!d) continue;
      // Another filing (the page shows a different document number or subject name): never offered.
      if (compareIdentity(shown, identityOf(d.fields)) === 'different') continue;
      const withValue = Object.keys(d.fields).filter((k) => hasValue(d.fields[k]));
      const overlap = pageKeys ? withValue.filter((k) => pageKeys.has(k)).length : withValue.length;
      if (overlap > 0) found.push({ ...summarize(d), overlap, fields: d.fields });
      if (found.length >= MAX_CANDIDATES) break;
    }
    const candidates = rankForPage(found, { url: pageUrl, fields: req.identity ?? {} }).map(({ fields: _f, ...c }) => c);
    return { candidates };
  });

  // The restore prompt's messages to its content script (see promptRelay): only from the
  // prompt page, only these types, only to the sender's own tab.
  router.handle(promptRelay, async (message, sender) => {
    // The frame's URL may use Chrome's per-session dynamic id (use_dynamic_url), not runtime.id.
    const from = sender.url ? new URL(sender.url) : undefined;
    if (from?.pathname !== '/restore-prompt.html' || from.protocol !== new URL(browser.runtime.getURL('/')).protocol) {
      throw new Error('only the restore prompt relays');
    }
    if (!RELAYED_FROM_PROMPT.has(message.type)) throw new Error(`not relayed: ${message.type}`);
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('the restore prompt is not in a tab');
    return browser.tabs.sendMessage(tabId, message);
  });

  // A content script gets only drafts of its own frame's origin (a cross-origin frame asking
  // for the top page's draft gets nothing), or one the user chose in the popup for its tab's
  // top frame (drafts/grant).
  router.handle(draftsFields, async (req, sender) => {
    const d = await draftRepository().get(req.id);
    if (!d) return { fields: null };
    if (!isExtensionPage(sender) && d.origin !== requirePageOrigin(sender) && !grants.allows(sender, d.id)) return { fields: null };
    return { fields: d.fields };
  });

  // Whole drafts (names, progress) only for the extension's own pages (popup, prompt frame).
  router.handle(draftsGet, async (req, sender) => {
    if (!isExtensionPage(sender)) throw new Error('only the extension\'s pages read whole drafts');
    const d = await draftRepository().get(req.id);
    if (!d) return { draft: null };
    return {
      draft: {
        id: d.id,
        name: d.name,
        provider: d.provider,
        origin: d.origin,
        ...(d.url ? { url: d.url } : {}),
        filingType: d.filingType,
        fields: d.fields,
        progress: d.progress,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
      },
    };
  });

  // storage.session holds which draft each tab and page session writes: closed to content
  // scripts (an earlier version opened it for their pending copies, now in storage.local).
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined;
  session?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeNow();
  });
  void browser.alarms.get(PURGE_ALARM).then((a) => {
    if (!a) void browser.alarms.create(PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
}

/** Same page (origin and path): a reload or a return to the page that wrote the draft. */
function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.hash.split('?')[0] === y.hash.split('?')[0];
  } catch {
    return false;
  }
}

/** Retention: deletes drafts not edited within the user's period, and expired soft deletes. */
export async function purgeNow(now = new Date()): Promise<void> {
  try {
    const { retentionDays } = await loadSettings();
    await draftRepository().purgeExpired(now, retentionDays);
  } catch (err) {
    console.warn('[icp-helper] draft retention purge failed:', err instanceof Error ? err.message : String(err));
  }
}
