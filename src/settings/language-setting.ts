import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { Lang } from '../domain/localized';
import { browserLang } from '../i18n/lang';
import { lazy } from '../messaging/lazy';

/**
 * The language setting alone, for the content script: it needs only this one field, and the
 * full settings schema (settings.ts) would add zod kinds (catch, number bounds) to its bundle.
 */

/** Storage key in `browser.storage.local` (extension origin; pages cannot read it). */
export const SETTINGS_KEY = 'settings';

/** Built on first use: the content script would otherwise build it at every page load. */
export const languageSettingSchema = lazy(() => z.enum(['auto', 'zh', 'en']));
export const LanguageSettingSchema = /* @__PURE__ */ languageSettingSchema();
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/** The stored language choice; anything unreadable is `auto` (as in parseSettings). */
export function parseLanguageSetting(rawSettings: unknown): LanguageSetting {
  const raw = rawSettings !== null && typeof rawSettings === 'object' ? (rawSettings as Record<string, unknown>).language : undefined;
  const r = languageSettingSchema().safeParse(raw);
  return r.success ? r.data : 'auto';
}

export async function loadLanguageSetting(): Promise<LanguageSetting> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseLanguageSetting(got[SETTINGS_KEY]);
}

/** The UI language: the user's choice, else the browser's. */
export function resolveLang(setting: LanguageSetting, fallback: Lang = browserLang()): Lang {
  return setting === 'auto' ? fallback : setting;
}
