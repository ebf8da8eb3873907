/** The planner's public surface (popup, background reminders, CLI). */
export { planSteps, outstandingSteps, currentStage } from './plan-steps';
export type { PlannerStep, PlannerStepBody, PlanOptions, DraftInput, StepStatus } from './types';
export { STAGES, STAGE_IDS, stageIndex, type Stage, type StageId } from './stages';
