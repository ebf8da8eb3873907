import { addDays, chinaDay } from '../planner/china-time';
import { nextUp, progressWithKnownDates } from '../popup/next-step';
import { planForPopup, stagesForPopup } from '../popup/plan';
import { SUMMARY_HEAD_VERSION, type HeadStep, type SummaryHead } from './summary-head';
import type { DraftRecord } from './types';

const stepOf = (s: { id: string; key: string; title: HeadStep['title']; deadline?: string | undefined }): HeadStep => ({
  id: s.id,
  key: s.key,
  title: s.title,
  ...(s.deadline ? { deadline: s.deadline } : {}),
});

/**
 * The first screen of the popup for a draft, judged as of `asOf` exactly as the full popup
 * judges it (same planner call, same known dates, same stage), so the full popup taking over
 * shows the same thing. Valid until the end of that Beijing day (facts in force change by day)
 * or the first deadline after `asOf` (a step's state may change when it passes).
 */
export function planSummaryHead(draft: DraftRecord, asOf: Date): SummaryHead {
  const known = progressWithKnownDates(draft);
  const steps = planForPopup({ ...draft, progress: known.progress }, asOf);
  const up = nextUp(steps);
  const { current } = stagesForPopup(draft, steps, asOf);
  let until = addDays(new Date(`${chinaDay(asOf)}T00:00:00+08:00`), 1).getTime();
  for (const s of steps) {
    const at = s.deadline ? Date.parse(s.deadline) : NaN;
    if (at > asOf.getTime() && at < until) until = at;
  }
  const province = draft.fields['subject.province'];
  return {
    v: SUMMARY_HEAD_VERSION,
    asOf: asOf.toISOString(),
    until: new Date(until).toISOString(),
    stage: Math.max(0, current),
    ...(up ? { next: stepOf(up.step) } : {}),
    ...(up?.deadline && up.deadline.step !== up.step ? { deadline: { ...stepOf(up.deadline.step), deadline: up.deadline.at } } : {}),
    ...(typeof province === 'string' ? { province } : {}),
  };
}

/** The head for a write happening now; a planner failure leaves the head out (the popup takes the full path). */
export function summaryHeadNow(draft: DraftRecord): SummaryHead | undefined {
  try {
    return planSummaryHead(draft, new Date());
  } catch (e) {
    console.warn('[icp-helper] summary head not computed', e);
    return undefined;
  }
}
