import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, LocalizedText } from '../domain/localized';
import { t, type StringKey } from './strings';

export const LangContext = createContext<Lang>('en');

/** `tr('key', params)` in the current UI language, plus `loc(text)` for planner/rule texts. */
export function useI18n(): {
  lang: Lang;
  tr: (key: StringKey, params?: Record<string, string | number>) => string;
  loc: (text: LocalizedText | undefined) => string;
} {
  const lang = useContext(LangContext);
  return {
    lang,
    tr: (key, params) => t(lang, key, params),
    loc: (text) => (text ? text[lang] : ''),
  };
}
