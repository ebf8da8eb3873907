import type { Lang } from '../domain/localized';

/** The drafts frame's text, in both product languages (`{n}`-style placeholders). */
const T = {
  found: { zh: '发现已保存的备案草稿', en: 'A saved filing draft was found' },
  fieldsHere: { zh: '本页可恢复 {n} 项', en: '{n} field(s) for this page' },
  updated: { zh: '更新于 {t}', en: 'updated {t}' },
  fillsInto: { zh: '将填入：', en: 'Fills into:' },
  restoreAll: { zh: '全部恢复', en: 'Restore all' },
  dismiss: { zh: '忽略', en: 'Dismiss' },
  choose: { zh: '选择草稿', en: 'Choose draft' },
  working: { zh: '正在恢复…', en: 'Restoring…' },
  restored: { zh: '已恢复 {n} 项。', en: 'Restored {n} field(s).' },
  failed: { zh: '{n} 项无法填写：', en: '{n} field(s) could not be filled:' },
  skipped: { zh: '{n} 项未恢复：', en: '{n} field(s) not restored:' },
  conflicts: {
    zh: '{n} 项在页面上已有不同的值（您在保存草稿后填写的），未覆盖：',
    en: '{n} field(s) already hold a different value on the page (typed after the draft was saved) and were not overwritten:',
  },
  page: { zh: '页面', en: 'page' },
  draft: { zh: '草稿', en: 'draft' },
  overwrite: { zh: '用草稿覆盖这些项', en: 'Overwrite with the draft' },
  close: { zh: '关闭', en: 'Close' },
  undo: { zh: '撤销', en: 'Undo' },
  undone: { zh: '已撤销恢复，{n} 项恢复为之前的内容。', en: 'Restore undone: {n} field(s) are back to what they held before.' },
  undoFailed: { zh: '{n} 项无法撤销，保持恢复后的值：', en: '{n} field(s) could not be undone and keep the restored value:' },
  saveFailed: { zh: '草稿未能保存', en: 'The draft could not be saved' },
  retrying: { zh: '将自动重试；请勿关闭页面。', en: 'Retrying automatically; keep this page open.' },
  unseenTitle: { zh: '此页面不让助手看到输入过程', en: 'This page hides your typing from the helper' },
  unseenBody: {
    zh: '自动保存只能在您离开每个输入框时保存内容。关闭或刷新页面前，请先点到别处，让最后一项也被保存。',
    en: 'Autosave can only save a field when you leave it. Before closing or reloading the page, click elsewhere so the last field is saved too.',
  },
  restoreOne: { zh: '恢复', en: 'Restore' },
  pickFields: { zh: '选择字段', en: 'Choose fields' },
  restoreSelected: { zh: '恢复所选 ({n})', en: 'Restore selected ({n})' },
  confirmOtherPath: {
    zh: '此草稿保存于 {draftPath}，而当前页面是 {pagePath}。确定要把它恢复到当前页面吗？',
    en: 'This draft was saved on {draftPath}, but this page is {pagePath}. Restore it into this page?',
  },
  confirmHere: { zh: '确定要恢复到 {page} 吗？', en: 'Restore into {page}?' },
  confirmRestore: { zh: '确认恢复', en: 'Yes, restore' },
  cancel: { zh: '取消', en: 'Cancel' },
  refused: {
    zh: '提示框被遮挡或未完全显示，这次点击未生效。请确认没有东西盖住它后再试。',
    en: 'This prompt was covered or not fully visible, so the click was ignored. Make sure nothing covers it and try again.',
  },
} as const;

export type TextKey = keyof typeof T;

export function t(key: TextKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Why a field was not restored, in plain words (reason codes of the fill engine). */
const REASONS: Record<string, { zh: string; en: string }> = {
  'user-value': { zh: '页面上已有您填写的不同值', en: 'the page already holds a different value you typed' },
  'same-value': { zh: '页面上已是相同的值', en: 'the page already shows this value' },
  'not-on-page': { zh: '本页没有这一项', en: 'this page has no such field' },
  empty: { zh: '草稿中这一项为空', en: 'the draft has no value for it' },
  locked: { zh: '该项在页面上不可编辑', en: 'the field cannot be edited on the page' },
  disabled: { zh: '该项在页面上已禁用', en: 'the field is disabled on the page' },
  'too-long': { zh: '值超过了该项允许的长度', en: 'the value is longer than the field allows' },
  'no-such-option': { zh: '页面的选项中没有草稿里的值', en: 'none of the page’s options matches the draft’s value' },
  'prefix-mismatch': { zh: '页面显示的地区与草稿不同', en: 'the region the page shows differs from the draft’s' },
  'cannot-clear': { zh: '助手无法安全地清空此类控件', en: 'the helper cannot empty this kind of control safely' },
  'too-many-parts': { zh: '草稿的值比页面的输入框多', en: 'the draft’s value has more parts than the page has inputs' },
};

export function reasonText(reason: string, lang: Lang): string {
  return REASONS[reason]?.[lang] ?? (lang === 'zh' ? '页面未接受该值' : 'the page did not take the value');
}

/**
 * Date and time that cannot be misread in either language: `2026年12月1日 17:30`,
 * `1 Dec 2026, 17:30` (the month in words, never 01/12 against 12/01). The raw text when it is
 * not a date.
 */
export function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
