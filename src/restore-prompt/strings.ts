import type { Lang } from '../domain/localized';

/** The drafts frame's text, in both product languages (`{n}`-style placeholders). */
const T = {
  found: { zh: '发现已保存的备案草稿', en: 'A saved filing draft was found' },
  fieldsHere: { zh: '本页可恢复 {n} 项', en: '{n} field(s) for this page' },
  updated: { zh: '更新于 {t}', en: 'updated {t}' },
  restoreAll: { zh: '全部恢复', en: 'Restore all' },
  dismiss: { zh: '忽略', en: 'Dismiss' },
  choose: { zh: '选择草稿', en: 'Choose draft' },
  working: { zh: '正在恢复…', en: 'Restoring…' },
  restored: { zh: '已恢复 {n} 项。', en: 'Restored {n} field(s).' },
  failed: { zh: '{n} 项无法填写：', en: '{n} field(s) could not be filled:' },
  conflicts: {
    zh: '{n} 项在页面上已有不同的值（您在保存草稿后填写的），未覆盖：',
    en: '{n} field(s) already hold a different value on the page (typed after the draft was saved) and were not overwritten:',
  },
  page: { zh: '页面', en: 'page' },
  draft: { zh: '草稿', en: 'draft' },
  overwrite: { zh: '用草稿覆盖这些项', en: 'Overwrite with the draft' },
  close: { zh: '关闭', en: 'Close' },
  saveFailed: { zh: '草稿未能保存', en: 'The draft could not be saved' },
  retrying: { zh: '将自动重试；请勿关闭页面。', en: 'Retrying automatically; keep this page open.' },
  restoreOne: { zh: '恢复', en: 'Restore' },
  pickFields: { zh: '选择字段', en: 'Choose fields' },
  restoreSelected: { zh: '恢复所选 ({n})', en: 'Restore selected ({n})' },
} as const;

export type TextKey = keyof typeof T;

export function t(key: TextKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Short local date and time; the raw text when it is not a date. */
export function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}
