import type { Severity } from '../../domain/finding';
import type { Lang } from '../../domain/localized';

/** The overlay's own words, in both product languages. */
export const UI_TEXT = {
  zh: {
    severity: { error: '错误', warning: '注意', info: '提示' } satisfies Record<Severity, string>,
    more: '原因 / 出处',
    moreCount: (n: number) => `另有 ${n} 条`,
    less: '收起',
    why: '为什么：',
    source: '出处：',
    alsoMarks: '同时标注：',
    dismiss: '忽略此提示',
    group: '备案助手提示',
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
    more: 'Why / source',
    moreCount: (n: number) => `${n} more`,
    less: 'Hide details',
    why: 'Why: ',
    source: 'Source: ',
    alsoMarks: 'Also marks: ',
    dismiss: 'Dismiss this warning',
    group: 'ICP filing helper',
  },
} as const satisfies Record<Lang, unknown>;
