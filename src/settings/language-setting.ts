import browser from 'webextension-polyfill';
import type { Lang } from '../domain/localized';
import { browserLang } from '../i18n/lang';

/**
 * The language setting alone, for the content script: it needs only this one field, and the
 * full settings schema (settings.ts) would add zod kinds (catch, number bounds) to its bundle.
 */

/** Storage key in `browser.storage.local` (extension origin; pages cannot read it). */
export const SETTINGS_KEY = 'settings';

export const LANGUAGE_SETTINGS = ['auto', 'zh', 'en'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/**
 * The stored language choice; anything unreadable is `auto` (as in parseSettings). A check by
 * hand, not the schema: the content script reads it at every page load and carries no zod.
 */
export function parseLanguageSetting(rawSettings: unknown): LanguageSetting {
  const raw = rawSettings !== null && typeof rawSettings === 'object' ? (rawSettings as Record<string, unknown>).language : undefined;
  return LANGUAGE_SETTINGS.find((l) => l === raw) ?? 'auto';
}

export async function loadLanguageSetting(): Promise<LanguageSetting> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseLanguageSetting(got[SETTINGS_KEY]);
}

/** The UI language: the user's choice, else the browser's. */
export function resolveLang(setting: LanguageSetting, fallback: Lang = browserLang()): Lang {
  return setting === 'auto' ? fallback : setting;
}
