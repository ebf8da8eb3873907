import type { FindingCounts } from '../content/messages';
import { langFromTag } from '../i18n/lang';

const ERROR_RED = '#cf222e';
const WARNING_AMBER = '#9a6700';

/** Badge text, colour and title for a tab's counts: the number of errors, or nothing. */
export function badgeLook(counts: FindingCounts, uiLang: string): { text: string; color: string; title: string } {
  const zh = langFromTag(uiLang) === 'zh';
  const name = zh ? 'ICP备案助手' : 'ICP Filing Helper';
  const text = counts.errors === 0 ? '' : counts.errors > 99 ? '99+' : String(counts.errors);
  if (counts.errors === 0 && counts.warnings === 0) return { text, color: ERROR_RED, title: name };
  const detail = zh
    ? `${counts.errors} 个错误，${counts.warnings} 个注意事项`
    : `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`;
  return { text, color: counts.errors > 0 ? ERROR_RED : WARNING_AMBER, title: `${name}: ${detail}` };
}
