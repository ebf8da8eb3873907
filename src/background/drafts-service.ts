import browser from 'webextension-polyfill';
import type { output } from 'zod/v4/core';
import type { MessageRouter } from '../messaging/router';
import { draftsAutosave, draftsFields, draftsGet, draftsMatch, pageRestore, promptClose, promptRelay, promptResize, promptState, type RestoreCandidate } from '../drafts/messages';
import { DraftRepository } from '../drafts/repository';
import { hasValue } from '../drafts/sanitize';
import { summarize } from '../drafts/summary';
import { loadSettings } from '../settings/settings';

/** What the restore prompt may send to its tab's content script. */
const RELAYED_FROM_PROMPT = new Set([promptState.type, promptResize.type, promptClose.type, pageRestore.type]);

const PURGE_ALARM = 'drafts-purge';
/** Restore prompts offer at most this many drafts. */
const MAX_CANDIDATES = 10;

let repo: DraftRepository | undefined;
/** One repository per service worker life (Dexie reopens the database as needed). */
export function draftRepository(): DraftRepository {
  repo ??= new DraftRepository();
  return repo;
}

/**
 * Drafts in the background: the only context content scripts reach the database through.
 * Handlers are registered synchronously so a worker woken by a message finds them.
 */
export function registerDrafts(router: MessageRouter): void {
  router.handle(draftsAutosave, async (req) => {
    const saved = await autosave(req);
    if (req.discardDraftId && req.discardDraftId !== saved.draftId) {
      // Soft delete (undoable): the page's values went into the restored draft.
      await draftRepository()
        .delete(req.discardDraftId)
        .catch(() => undefined);
    }
    return saved;
  });

  async function autosave(req: output<typeof draftsAutosave.request>): Promise<{ draftId: string; dropped: string[] }> {
    const r = draftRepository();
    const existing = req.draftId ? await r.get(req.draftId) : undefined;
    if (existing) {
      const { dropped } = await r.saveFields(existing.id, req.fields, {
        url: req.url,
        reason: req.reason ?? 'autosave',
        ...(req.filingType ? { filingType: req.filingType } : {}),
      });
      return { draftId: existing.id, dropped: dropped.map((d) => d.key) };
    }
    // No draft yet for this page session (or the user deleted it meanwhile): start one.
    const { draft, dropped } = await r.create({
      provider: req.provider,
      origin: req.origin,
      url: req.url,
      fields: req.fields,
      ...(req.filingType ? { filingType: req.filingType } : {}),
    });
    return { draftId: draft.id, dropped: dropped.map((d) => d.key) };
  }

  router.handle(draftsMatch, async (req) => {
    const r = draftRepository();
    const summaries = await r.findForOrigin(req.origin);
    const pageKeys = req.keys ? new Set(req.keys) : undefined;
    const candidates: RestoreCandidate[] = [];
    for (const s of summaries.slice(0, MAX_CANDIDATES * 3)) {
      const d = await r.get(s.id);
      if (!d) continue;
      const withValue = Object.keys(d.fields).filter((k) => hasValue(d.fields[k]));
      const overlap = pageKeys ? withValue.filter((k) => pageKeys.has(k)).length : withValue.length;
      if (overlap > 0) candidates.push({ ...summarize(d), overlap });
      if (candidates.length >= MAX_CANDIDATES) break;
    }
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

  router.handle(draftsFields, async (req) => ({ fields: (await draftRepository().get(req.id))?.fields ?? null }));

  router.handle(draftsGet, async (req) => {
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

  // Content scripts keep a pending copy of an unsent autosave in storage.session (in memory,
  // extension-only); Chrome hides that area from content scripts unless allowed here.
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined;
  session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => undefined);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeNow();
  });
  void browser.alarms.get(PURGE_ALARM).then((a) => {
    if (!a) void browser.alarms.create(PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
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
