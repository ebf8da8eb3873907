import browser from 'webextension-polyfill';
import { remindersSync } from '../background/reminder-messages';
import { disableSite, listEnabledSites } from '../content/site-activation-api';
import { exportDrafts } from '../drafts/export-import';
import { DraftRepository } from '../drafts/repository';
import { sendToBackground } from '../messaging/define-message';
import { loadSettings, saveSettings, SETTINGS_KEY, type Settings } from '../settings/settings';

export interface OptionsServices {
  loadSettings(): Promise<Settings>;
  saveSettings(change: Partial<Settings>): Promise<Settings>;
  listSites(): Promise<string[]>;
  removeSite(origin: string): Promise<void>;
  /** With a passphrase: the file is encrypted (src/drafts/crypto.ts). */
  exportAll(passphrase?: string): Promise<{ filename: string; text: string }>;
  /** Every draft (with its history) and the settings; reminders are re-derived (none left). */
  deleteAll(): Promise<void>;
}

export function createOptionsServices(): OptionsServices {
  const repo = new DraftRepository();
  const resync = (): void => void sendToBackground(remindersSync, {}).catch(() => undefined);
  return {
    loadSettings,
    saveSettings: async (change) => {
      const s = await saveSettings(change);
      resync();
      return s;
    },
    listSites: () => listEnabledSites(),
    removeSite: async (origin) => {
      await disableSite(origin);
    },
    exportAll: (passphrase) => exportDrafts(repo, 'all', passphrase ? { passphrase } : {}),
    deleteAll: async () => {
      const db = repo.db;
      // One transaction: drafts, summaries and revisions go together or not at all.
      await db.transaction('rw', db.drafts, db.summaries, db.revisions, async () => {
        await Promise.all([db.drafts.clear(), db.summaries.clear(), db.revisions.clear()]);
      });
      await browser.storage.local.remove(SETTINGS_KEY);
      resync();
    },
  };
}
