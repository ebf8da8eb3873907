import browser from 'webextension-polyfill';
import { pageScrollToField, pageSummary } from '../content/messages';
import { pageDraftStatus, pageRestore } from '../drafts/messages';
import { DraftRepository } from '../drafts/repository';
import { DB_NAME } from '../drafts/db';
import { summaryHeadNow } from '../drafts/plan-summary-head';
import { draftsGrant, draftsImport, draftsMerge, draftsSplit, IMPORT_PART_CHARS } from '../drafts/manage-messages';
import { sendToBackground, sendToTab } from '../messaging/define-message';
import { progressSave } from '../background/reminder-messages';
import { planForPopup, stagesForPopup } from './plan';
import type { PopupServices } from './services-types';
import { activeTabVia } from './active-tab';
import { siteStateFor, enableSiteFromClick, disableSiteOrigin } from './site';

/**
 * The popup's wiring to the rest of the extension. Extension pages share the extension's
 * origin, so drafts are read straight from IndexedDB through DraftRepository (no round trip
 * through the service worker: faster, and works while the worker sleeps).
 */
export function createPopupServices(): PopupServices {
  // The popup's own writes (rename, delete) keep the first-screen head of the row current too.
  const repo = new DraftRepository(DB_NAME, { summaryHead: summaryHeadNow });
  return {
    listDrafts: () => repo.list(),
    latestDraftId: async (origin) => (origin ? (await repo.findForOrigin(origin))[0]?.id : (await repo.latest())?.id),
    getDraft: async (id) => {
      const d = await repo.get(id);
      // A head gone stale (planned on an earlier day) made this opening take the full path: re-plan it.
      if (d) void repo.refreshHead(id).catch(() => undefined);
      return d;
    },
    getSummary: (id) => repo.summary(id),
    // Through the service worker: the write survives the popup closing right after a click.
    saveProgress: async (id, progress) => {
      await sendToBackground(progressSave, { draftId: id, progress });
    },
    rename: async (id, name) => {
      await repo.rename(id, name);
    },
    remove: (id) => repo.delete(id),
    // Through the service worker: tabs writing a merged-away draft follow it.
    merge: async (targetId, sourceId) => {
      await sendToBackground(draftsMerge, { targetId, sourceId });
    },
    split: async (id, sections) => (await sendToBackground(draftsSplit, { id, sections })).createdId,
    undoRemove: async (id) => {
      await repo.undoDelete(id);
    },
    // Export/import (with the passphrase crypto) load on first use: not needed to show the popup.
    exportDrafts: async (ids, passphrase) => (await import('../drafts/export-import')).exportDrafts(repo, ids, passphrase ? { passphrase } : {}),
    // In the service worker: a huge file cannot freeze the popup (drafts/import).
    importFile: async (text, _filename, passphrase) => {
      // In parts, in order: the popup never serialises one huge message (it stays responsive).
      const upload = globalThis.crypto.randomUUID();
      const parts = Math.max(1, Math.ceil(text.length / IMPORT_PART_CHARS));
      let r: { done: boolean; ok: boolean; ids: string[]; problems: string[]; needsPassphrase?: boolean } | undefined;
      for (let part = 0; part < parts; part++) {
        const chunk = text.slice(part * IMPORT_PART_CHARS, (part + 1) * IMPORT_PART_CHARS);
        r = await sendToBackground(draftsImport, { upload, part, parts, text: chunk, ...(passphrase ? { passphrase } : {}) });
      }
      if (!r?.done) throw new Error('the import did not complete');
      if (r.ok) return { ok: true, ids: r.ids, problems: [] };
      return { ok: false, ids: [], problems: r.problems, ...(r.needsPassphrase ? { needsPassphrase: true } : {}) };
    },
    planSteps: planForPopup,
    stages: stagesForPopup,
    // The rules engine is large: loaded after the popup has shown its steps.
    checkDraft: async (draft, asOf) => (await import('../rules/engine')).runRules({ fields: draft.fields, filingType: draft.filingType, asOf }),
    activeTab: (tabId) => activeTabVia(browser.tabs, tabId),
    pageSummary: async (tabId) => ({ findings: (await sendToTab(tabId, pageSummary, {})).findings }),
    pageDraftId: async (tabId) => (await sendToTab(tabId, pageDraftStatus, {})).draftId,
    scrollToField: async (tabId, field) => {
      await sendToTab(tabId, pageScrollToField, { field });
    },
    restore: async (tabId, draftId) => {
      // The user chose this draft for this tab: its top frame may read it even if typed elsewhere.
      await sendToBackground(draftsGrant, { tabId, draftId });
      const r = await sendToTab(tabId, pageRestore, { draftId });
      return { filled: r.filled.length, failed: r.failed.length, skipped: r.skipped.length, problems: r.failed };
    },
    siteState: siteStateFor,
    enableSite: enableSiteFromClick,
    disableSite: disableSiteOrigin,
    openOptions: () => {
      void browser.runtime.openOptionsPage();
    },
  };
}
