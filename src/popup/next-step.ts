import type { FieldValues } from '../domain/draft-file';
import type { Finding } from '../domain/finding';
import type { PlannedStep, StepProgress } from '../domain/step';
import type { DraftRecord } from '../drafts/types';

/** What to do next: the first outstanding step, and the nearest deadline with the step it belongs to. */
export interface NextUp {
  step: PlannedStep;
  deadline?: { at: string; step: PlannedStep };
}

export function nextUp(steps: readonly PlannedStep[]): NextUp | null {
  const open = steps.filter((s) => !s.done);
  const step = open.find((s) => s.kind !== 'reminder') ?? open[0];
  if (!step) return null;
  let deadline: NextUp['deadline'];
  for (const s of open) {
    if (s.deadline && (!deadline || Date.parse(s.deadline) < Date.parse(deadline.at))) deadline = { at: s.deadline, step: s };
  }
  // The step's own deadline wins over an earlier one of a later step only when it has one.
  if (step.deadline) deadline = { at: step.deadline, step };
  return deadline ? { step, deadline } : { step };
}

/**
 * Key dates the draft itself knows, where the user gave none: the order was created on the
 * provider's filing page, so no later than the draft's first save there. Shown as such and
 * editable; the user's own dates always win.
 */
export function progressWithKnownDates(draft: Pick<DraftRecord, 'progress' | 'createdAt'>): { progress: StepProgress; estimated: ('orderCreatedAt')[] } {
  if (draft.progress.orderCreatedAt || Number.isNaN(Date.parse(draft.createdAt))) return { progress: draft.progress, estimated: [] };
  return { progress: { ...draft.progress, orderCreatedAt: draft.createdAt }, estimated: ['orderCreatedAt'] };
}

const digits = (v: unknown): string => (typeof v === 'string' ? v.replace(/\D/g, '') : '');

/**
 * Errors on the inputs a step depends on: for an SMS step, the field holding the number the
 * SMS goes to (a landline flagged by contact1-mobile must not be presented as the SMS target).
 */
export function flaggedInputs(step: PlannedStep, fields: FieldValues, findings: readonly Finding[]): Finding[] {
  const number = digits(step.mobile);
  if (!number) return [];
  const keys = Object.keys(fields).filter((k) => digits(fields[k]) === number);
  return findings.filter((f) => f.severity === 'error' && [f.field, ...f.fields].some((k) => keys.includes(k)));
}

/** Errors the filing still has: on the page when it is open, else in the draft's values. */
export function errorCount(pageFindings: readonly Finding[] | null, draftFindings: readonly Finding[] | null): number {
  const list = pageFindings ?? draftFindings ?? [];
  return list.filter((f) => f.severity === 'error').length;
}
