import type { PlannedStep } from '../domain/step';
import type { DraftRecord } from '../drafts/types';
import { currentStage, planSteps } from '../planner/plan-steps';
import { STAGES } from '../planner/stages';
import type { ProcessStage } from './services-types';

/** The planner's steps for a draft, judged as of `asOf` with the user's recorded progress. */
export function planForPopup(draft: DraftRecord, asOf: Date): PlannedStep[] {
  return planSteps(draft, { asOf, progress: draft.progress, now: asOf });
}

/** The provider process bar and the index of the stage the filing is in. */
export function stagesForPopup(draft: DraftRecord, _steps: PlannedStep[], asOf: Date): { stages: ProcessStage[]; current: number } {
  const id = currentStage(draft, { asOf, progress: draft.progress, now: asOf });
  return { stages: STAGES.map((s) => ({ id: s.id, label: s.title })), current: STAGES.findIndex((s) => s.id === id) };
}
