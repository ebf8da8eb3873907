import type { FieldValues, FilingType } from '../domain/draft-file';
import type { StepProgress } from '../domain/step';
import { findProvince, type Province } from '../facts/provinces';
import { chinaDay, parseDateOrUndefined, toDate } from './china-time';
import { FLOWS, type Flow } from './flows';
import type { DraftInput, PlanOptions, PlannerStep, PlannerStepBody, StepStatus } from './types';

/** Everything a step builder needs, resolved once. */
export interface PlanContext {
  filingType: FilingType;
  fields: FieldValues;
  /** Beijing day the form is judged on (`asOf`). */
  day: string;
  /**
   * Beijing day the filing's process facts are judged on: the day it was submitted to the
   * administration when that is known and not after `day` (a code sent then keeps that day's
   * validity; a step introduced later does not apply retroactively), else `day`.
   */
  processDay: string;
  now: Date;
  province?: Province;
  flow: Flow;
  progress: StepProgress;
  submittedAt?: Date;
  orderCreatedAt?: Date;
  siteOpenedAt?: Date;
}

export function makeContext(draft: DraftInput, options: PlanOptions = {}): PlanContext {
  const asOf = options.asOf ?? new Date();
  const now = options.now ?? (options.asOf !== undefined ? toDate(options.asOf) : new Date());
  const progress: StepProgress = options.progress ?? { done: {} };
  const provinceValue = draft.fields['subject.province'];
  const day = chinaDay(asOf);
  const submittedAt = parseDateOrUndefined(progress.submittedToAdminAt);
  const submittedDay = submittedAt ? chinaDay(submittedAt) : undefined;
  return {
    filingType: draft.filingType,
    fields: draft.fields,
    day,
    processDay: submittedDay !== undefined && submittedDay < day ? submittedDay : day,
    now,
    province: findProvince(typeof provinceValue === 'string' ? provinceValue : undefined),
    flow: FLOWS[draft.filingType],
    progress,
    submittedAt,
    orderCreatedAt: parseDateOrUndefined(progress.orderCreatedAt),
    siteOpenedAt: parseDateOrUndefined(progress.siteOpenedAt),
  };
}

type Draft = PlannerStepBody & { status?: StepStatus };

/**
 * Settles `done` and `status`: the user's tick wins (also an explicit untick), otherwise
 * `inferredDone` (e.g. the provider review is over once the filing reached the administration).
 * Open steps whose deadline has passed are `overdue`.
 */
export function settle(step: Draft, ctx: PlanContext, inferredDone = false): PlannerStep {
  const ticked = ctx.progress.done?.[step.key];
  const done = ticked ?? inferredDone;
  let status: StepStatus = step.status ?? 'open';
  if (done) status = 'done';
  else if (status === 'open' && step.deadline !== undefined && ctx.now.getTime() > Date.parse(step.deadline)) status = 'overdue';
  return { ...step, done, status };
}
