/** `admin-review`: the communications administration's review, with its expected window. */
import { inForce } from '../../facts/dated-facts';
import { ADMIN_REVIEW } from '../../facts/timelines';
import { addWorkingDays } from '../china-time';
import { settle, type PlanContext } from '../context';
import { FLOW_SOURCES } from '../flows';
import type { PlannerStep } from '../types';

export function adminReviewStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.adminReview) return [];
  const fact = inForce(ADMIN_REVIEW, ctx.processDay) ?? ADMIN_REVIEW[0]!;
  const start = ctx.submittedAt;
  const cancel = ctx.filingType.startsWith('cancel-');
  return [
    settle(
      {
        id: 'admin-review',
        key: 'admin-review',
        stage: 'admin-review',
        kind: 'wait',
        status: start ? 'open' : 'upcoming',
        title: { zh: '管局审核', en: 'Administration review' },
        detail: {
          zh: `通信管理局审核通常需要 ${fact.minWorkingDays}-${fact.maxWorkingDays} 个工作日（估算，不含节假日），结果通过短信和邮件通知。${cancel ? '审核通过后备案即被注销。' : ''}`,
          en: `The communications administration usually takes ${fact.minWorkingDays}-${fact.maxWorkingDays} working days (an estimate; public holidays not counted); the result comes by SMS and email.${cancel ? ' The filing is cancelled once approved.' : ''}`,
        },
        who: 'administration',
        expected: {
          minWorkingDays: fact.minWorkingDays,
          maxWorkingDays: fact.maxWorkingDays,
          ...(start
            ? { earliest: addWorkingDays(start, fact.minWorkingDays).toISOString(), latest: addWorkingDays(start, fact.maxWorkingDays).toISOString() }
            : {}),
        },
        notes: fact.conflict ? [fact.conflict] : [],
        sources: [...fact.sources, ...FLOW_SOURCES[ctx.filingType]],
      },
      ctx,
    ),
  ];
}
