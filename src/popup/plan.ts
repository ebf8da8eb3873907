import type { PlannedStep } from '../domain/step';
import type { DraftRecord } from '../drafts/types';
import { currentStage, planSteps } from '../planner/plan-steps';
import { STAGES } from '../planner/stages';
import type { ProcessStage } from './services-types';
import { stageList } from './stage-list';

/** The planner's steps for a draft, judged as of `asOf` with the user's recorded progress. */
export function planForPopup(draft: DraftRecord, asOf: Date): PlannedStep[] {
  return planSteps(draft, { asOf, progress: draft.progress, now: asOf });
}

/**
 * The provider process bar and the index of the stage the filing is in. While the form still
 * has errors (`errors`, on the page or in the draft), filling in is not done: the filing is
 * in the first stage whatever was ticked, and that stage carries the count.
 */
export function stagesForPopup(draft: DraftRecord, _steps: PlannedStep[], asOf: Date, errors = 0): { stages: ProcessStage[]; current: number } {
  const id = currentStage(draft, { asOf, progress: draft.progress, now: asOf });
  const current = STAGES.findIndex((s) => s.id === id);
  const stages = stageList();
  if (errors <= 0) return { stages, current };
  stages[0] = { ...stages[0]!, errors };
  return { stages, current: 0 };
}
