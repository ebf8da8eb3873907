import type { Severity } from '../../domain/finding';
import type { Lang } from '../../domain/localized';

/** The overlay's own words, in both product languages. */
export const UI_TEXT = {
  zh: {
    severity: { error: '错误', warning: '注意', info: '提示' } satisfies Record<Severity, string>,
    more: '详情',
    less: '收起',
    why: '为什么：',
    source: '出处：',
    alsoMarks: '同时涉及：',
    // A pair rule's other fields point to the one warning that explains it.
    seeAt: (name: string) => `与「${name}」处的提示相关`,
    field: '此项',
    dismiss: '忽略此提示',
    group: '备案助手提示',
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
    more: 'Details',
    less: 'Less',
    why: 'Why: ',
    source: 'Source: ',
    alsoMarks: 'Also concerns: ',
    seeAt: (name: string) => `Goes with the warning at “${name}”`,
    field: 'this field',
    dismiss: 'Dismiss this warning',
    group: 'ICP filing helper',
  },
} as const satisfies Record<Lang, unknown>;
