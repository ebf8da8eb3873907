/**
 * The MIIT ICP filing password (ICP备案密码): asked when transferring or cancelling a filing
 * (seed 003 §3 step 3, §7 step 3) until it was abolished with nationwide SMS verification on
 * 2020-08-17 (newer-sources.md §3). The extension never stores, exports or logs it.
 */
import type { FilingType } from '../domain/draft-file';
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';

export const ICP_PASSWORD: { until: string; filingTypes: readonly FilingType[]; note: LocalizedText; sources: readonly string[] } = {
  until: '2020-08-17',
  filingTypes: ['transfer', 'cancel-subject', 'cancel-website', 'cancel-access'],
  note: {
    zh: '此类备案需输入工信部 ICP 备案密码（忘记可在工信部网站找回）。本扩展不会保存、导出或记录该密码。2020-08-17 起备案密码已取消。',
    en: 'This filing asks for the MIIT ICP filing password (retrievable on the MIIT site). This extension never stores, exports or logs it. The password was abolished on 2020-08-17.',
  },
  sources: [cite('seed-003', '§3 step 3'), cite('seed-003', '§7 step 3'), cite('HW', 'kb/procedures/备案短信核验.md')],
};
