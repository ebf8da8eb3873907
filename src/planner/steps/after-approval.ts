/**
 * After approval: `icp-number-footer` (show the number, linked to the MIIT system),
 * `keep-filing-current` (changes 30 days ahead, corrections within 10 working days) and, for
 * transfers, `transfer-update-first` (update changed details at the previous provider first).
 */
import { FOOTER, KEEP_CURRENT, TRANSFER_UPDATE_FIRST } from '../../facts/after-approval';
import { settle, type PlanContext } from '../context';
import type { PlannerStep } from '../types';

export function afterApprovalSteps(ctx: PlanContext): PlannerStep[] {
  const steps: PlannerStep[] = [];
  const approved = ctx.progress.done?.['admin-review'] === true;
  if (ctx.filingType === 'transfer') {
    steps.push(
      settle(
        {
          id: 'transfer-update-first',
          key: 'transfer-update-first',
          stage: 'fill',
          kind: 'action',
          title: { zh: '先在原接入商处更新已变更的信息', en: 'Update changed details at the previous provider first' },
          detail: {
            zh: '转入备案时不能修改已备案的信息：如负责人手机号等信息已变化，请先在原接入商处办理变更，变更通过后再转入。',
            en: 'A transfer cannot modify the filed information: if a principal’s mobile or other details changed, change them at the previous provider first and transfer once that is approved.',
          },
          who: 'applicant',
          fields: ['subject.principal.mobile', 'website.principal.mobile'],
          sources: [...TRANSFER_UPDATE_FIRST.sources],
        },
        ctx,
        ctx.submittedAt !== undefined,
      ),
    );
  }
  if (ctx.flow.psb) {
    const gd = ctx.province?.id === 'gd';
    steps.push(
      settle(
        {
          id: 'icp-number-footer',
          key: 'icp-number-footer',
          stage: 'complete',
          kind: 'action',
          status: approved ? 'open' : 'upcoming',
          title: { zh: '在网站底部展示备案号', en: 'Show the ICP number in the site footer' },
          detail: {
            zh: `备案通过后，在网站首页底部显示备案号，并链接到 ${FOOTER.url}。`,
            en: `Once approved, show the ICP number at the bottom of the home page, linked to ${FOOTER.url}.`,
          },
          who: 'applicant',
          link: { url: FOOTER.url, label: { zh: '工信部备案管理系统', en: 'MIIT filing system' } },
          fields: ['website.icpNumber'],
          notes: gd ? [FOOTER.gdWithoutSuffix] : [],
          sources: [...FOOTER.sources],
        },
        ctx,
      ),
    );
  }
  if (ctx.flow.adminReview && !ctx.filingType.startsWith('cancel-')) {
    steps.push(
      settle(
        {
          id: 'keep-filing-current',
          key: 'keep-filing-current',
          stage: 'complete',
          kind: 'reminder',
          status: approved ? 'open' : 'upcoming',
          title: { zh: '保持备案信息准确', en: 'Keep the filing up to date' },
          detail: {
            zh: `备案信息变化时，提前 ${KEEP_CURRENT.changeDaysAhead} 天提交变更；收到核查整改通知后，须在 ${KEEP_CURRENT.correctionWorkingDays} 个工作日内完成整改，否则会被取消接入。`,
            en: `When filed details change, file the change ${KEEP_CURRENT.changeDaysAhead} days ahead; after a verification notice, correct the filing within ${KEEP_CURRENT.correctionWorkingDays} working days or access is cancelled.`,
          },
          who: 'applicant',
          sources: [...KEEP_CURRENT.sources],
        },
        ctx,
      ),
    );
  }
  return steps;
}
