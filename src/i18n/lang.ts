import type { Lang, LocalizedText } from '../domain/localized';

/** The UI language from a BCP 47 tag: Chinese variants → zh, anything else → en. */
export function langFromTag(tag: string | undefined): Lang {
  return (tag ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The browser's UI language (extension contexts) or the page's navigator language. */
export function browserLang(): Lang {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  return langFromTag(g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language);
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
