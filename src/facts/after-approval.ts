/**
 * After approval: the ICP number in the site footer linked to the MIIT system (GD without the
 * "-N" suffix), changes filed 30 days ahead and corrections within 10 working days (HW), the
 * footer link's move to beian.miit.gov.cn (≈2020-21). Data for the after-approval steps.
 */
import { citeAny } from './planner-sources';
import { cite } from './sources';

export const FOOTER = {
  url: 'https://beian.miit.gov.cn',
  sources: [cite('HW', { en: 'footer: ICP number linked to beian.miit.gov.cn; GD without -N', zh: '网站底部备案号链接到 beian.miit.gov.cn；广东不带网站序号（-1 等）' }), citeAny('MIITFOOTER')],
  gdWithoutSuffix: {
    zh: '广东：页脚显示主体备案号，不带“-N”网站序号（如 粤ICP备12345678号）。',
    en: 'Guangdong: the footer shows the subject number without the "-N" website suffix (e.g. 粤ICP备12345678号).',
  },
} as const;

export const KEEP_CURRENT = {
  changeDaysAhead: 30,
  correctionWorkingDays: 10,
  sources: [cite('HW', { en: 'changes 30 days ahead; corrections within 10 working days', zh: '变更提前 30 天提交；更正在 10 个工作日内完成' })],
} as const;

/** A transfer cannot modify the filed information: update it at the previous provider first. */
export const TRANSFER_UPDATE_FIRST = {
  sources: [cite('seed-003', { en: '§3 (you cannot modify the filed information during the transfer)', zh: '第3节（接入备案期间不能修改已备案信息）' })],
} as const;
