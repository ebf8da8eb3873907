import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { LANGUAGE_SETTINGS, SETTINGS_KEY } from './language-setting';

export { resolveLang, SETTINGS_KEY, type LanguageSetting } from './language-setting';

/** The language choice (the content script reads it without zod: language-setting.ts). */
export const LanguageSettingSchema = z.enum(LANGUAGE_SETTINGS);

/**
 * User settings. Every field has a default so that a missing or partly broken record still
 * yields usable settings (a bad field falls back to its default, the rest is kept).
 */
export const SettingsSchema = z.object({
  language: z._default(z.catch(LanguageSettingSchema, 'auto'), 'auto'),
  /** Drafts not edited for this many days are deleted (0 = keep forever). */
  retentionDays: z._default(z.catch(z.int().check(z.minimum(0), z.maximum(3650)), 90), 90),
  /** Deadline reminders (chrome.alarms + notifications). */
  reminders: z._default(z.catch(z.boolean(), true), true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parses a stored value; anything unreadable becomes the defaults (never throws). */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

/** Merges a change into the stored settings, validated, and returns the result. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = SettingsSchema.parse({ ...current, ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `fn` with the new settings whenever they change in any context. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    fn(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
