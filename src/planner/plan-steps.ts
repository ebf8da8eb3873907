/**
 * The verification steps a filing still needs, by filing type and province, judged by the
 * facts in force on `asOf`. Every step is returned, with `done` (the user's tick, or inferred
 * from progress); `outstandingSteps()` filters the open ones. Order follows the provider
 * process (stages.ts); reminders (time limits of the whole order) come last.
 */
import type { LocalizedText } from '../domain/localized';
import type { StepProgress } from '../domain/step';
import { ICP_PASSWORD } from '../facts/icp-password';
import { makeContext } from './context';
import { stageIndex, type StageId } from './stages';
import { adminReviewStep } from './steps/administration';
import { afterApprovalSteps } from './steps/after-approval';
import { commercialLicenceStep, orderValidityStep, psbFilingStep } from './steps/after-filing';
import { domainReadinessStep } from './steps/domain-readiness';
import { documentUploadStep, providerReviewStep } from './steps/provider';
import { smsNotRequiredNote, smsSteps } from './steps/sms';
import { verificationSteps } from './steps/verification';
import type { DraftInput, PlanOptions, PlannerStep } from './types';

export type { PlannerStep, PlanOptions, DraftInput, StepStatus } from './types';

const BUILDERS = [domainReadinessStep, documentUploadStep, providerReviewStep, verificationSteps, smsSteps, adminReviewStep, psbFilingStep, commercialLicenceStep, afterApprovalSteps, orderValidityStep];

export function planSteps(draft: DraftInput, options: PlanOptions = {}): PlannerStep[] {
  const ctx = makeContext(draft, options);
  const steps = BUILDERS.flatMap((build) => build(ctx)).map((s) => ({ ...s, sources: [...new Set(s.sources)] }));
  // Stable sort: by stage, reminders last; builders already emit in process order within a stage.
  const ordered = steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
  const notRequired = smsNotRequiredNote(ctx);
  const review = ordered.findIndex((s) => s.id === 'admin-review');
  if (notRequired && review >= 0) ordered[review] = withNote(ordered[review]!, notRequired.note, notRequired.sources, 'end');
  if (ICP_PASSWORD.filingTypes.includes(ctx.filingType) && ctx.processDay < ICP_PASSWORD.until && ordered[0]) {
    // Said once, on the first step: the password is typed on the provider's page, never kept.
    ordered[0] = withNote(ordered[0], ICP_PASSWORD.note, ICP_PASSWORD.sources, 'start');
  }
  return markBlocked(ordered);
}

/**
 * Steps that gate the process: not reminders, not after-filing steps, and not the checklists of
 * the fill stage (domain readiness, transfer preparation), which the user may tick in any order.
 */
const inProcess = (s: PlannerStep) => s.kind !== 'reminder' && s.stage !== 'complete' && s.stage !== 'fill';

/** An open step waits (`upcoming`) while a step of an earlier process stage is not done. */
function markBlocked(steps: PlannerStep[]): PlannerStep[] {
  return steps.map((s) => {
    if (s.status !== 'open' || !inProcess(s)) return s;
    const blocked = steps.some((o) => inProcess(o) && !o.done && stageIndex(o.stage) < stageIndex(s.stage));
    return blocked ? { ...s, status: 'upcoming' as const } : s;
  });
}

function withNote(s: PlannerStep, note: LocalizedText, sources: readonly string[], where: 'start' | 'end'): PlannerStep {
  const notes = where === 'start' ? [note, ...(s.notes ?? [])] : [...(s.notes ?? []), note];
  return { ...s, notes, sources: [...new Set([...s.sources, ...sources])] };
}

function rank(s: PlannerStep): number {
  return s.kind === 'reminder' ? 1000 : stageIndex(s.stage);
}

/** The steps still to do (not ticked done), in order. */
export function outstandingSteps(steps: readonly PlannerStep[]): PlannerStep[] {
  return steps.filter((s) => !s.done);
}

const BASICS = ['subject.province', 'subject.name', 'subject.principal.mobile'] as const;

/**
 * Where the filing stands in the provider process: the stage of the first step not done
 * (reminders and after-filing steps aside). `fill` while nothing was done and the basics are
 * missing; `submit` while waiting for the provider to pass the filing to the administration.
 */
export function currentStage(draft: DraftInput, options?: PlanOptions): StageId;
export function currentStage(draft: DraftInput, progress?: StepProgress, options?: Omit<PlanOptions, 'progress'>): StageId;
export function currentStage(draft: DraftInput, second?: PlanOptions | StepProgress, third: Omit<PlanOptions, 'progress'> = {}): StageId {
  // Both call styles are in use: (draft, { asOf, progress, now }) and (draft, progress, { asOf }).
  const isOptions = second !== undefined && ('progress' in second || 'asOf' in second || 'now' in second) && !('done' in second);
  const options: PlanOptions = isOptions ? (second as PlanOptions) : { ...third, progress: second as StepProgress | undefined };
  const progress = options.progress;
  const steps = planSteps(draft, options).filter(inProcess);
  const first = steps.find((s) => !s.done);
  if (!first) return 'complete';
  const nothingDone = !steps.some((s) => s.done) && !progress?.submittedToAdminAt;
  const basicsMissing = BASICS.some((k) => {
    const v = draft.fields[k];
    return typeof v !== 'string' || v.trim() === '';
  });
  if (nothingDone && basicsMissing) return 'fill';
  if (!progress?.submittedToAdminAt && stageIndex(first.stage) >= stageIndex('sms')) return 'submit';
  return first.stage;
}
