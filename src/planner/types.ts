import type { DraftFile } from '../domain/draft-file';
import type { LocalizedText } from '../domain/localized';
import type { PlannedStep, StepProgress } from '../domain/step';
import type { SmsSender } from '../facts/sms-verification';
import type { StageId } from './stages';
import type { ChecklistItem } from '../documents/checklist';

/** `open`: to do now; `upcoming`: cannot be done yet (e.g. no SMS code before submission). */
export type StepStatus = 'done' | 'open' | 'upcoming' | 'overdue';

/**
 * A planned step with the planner's extra details. It is a PlannedStep (src/domain/step.ts,
 * checked below); every addition is an optional-in-the-contract field the popup may rely on.
 */
// Type aliases (not interfaces) so they stay assignable to the loose zod type's index signature.
export type PlannerStepBody = {
  id: string;
  key: string;
  title: LocalizedText;
  detail: LocalizedText;
  who?: PlannedStep['who'];
  mobile?: string;
  link?: { url: string; label: LocalizedText };
  deadline?: string;
  sources: string[];
  /** Process stage (stages.ts). */
  stage: StageId;
  /** `action`: someone must do it; `wait`: provider/administration works; `reminder`: a time limit. */
  kind: 'action' | 'wait' | 'reminder';
  /** The canonical field keys this step concerns (e.g. the principals' mobile fields). */
  fields?: string[];
  /** What to type in, in order (SMS verification). */
  enter?: LocalizedText[];
  /** What the resend page asks for (SMS verification). */
  resend?: LocalizedText[];
  /** Last six characters of the principal's ID number, when the draft has it. */
  idLast6?: string;
  /** Who sends the SMS code. */
  senders?: SmsSender[];
  /** How long the SMS code is valid. */
  validityHours?: number;
  /** Where to do it; `approximate` when no source dates this site for the asOf day. */
  site?: { url: string; entry: LocalizedText; approximate?: boolean };
  /** ISO: when the SMS should arrive / be resent automatically. */
  expectedAt?: string;
  resendAt?: string;
  /** Expected duration of a wait step, and its window when the start is known. */
  expected?: { minWorkingDays: number; maxWorkingDays: number; earliest?: string; latest?: string };
  /** Requirements to meet (document upload, photo). */
  requirements?: LocalizedText[];
  /** How conflicting sources were resolved, and other caveats. */
  notes?: LocalizedText[];
  /** The documents this filing needs (document upload; src/documents/checklist.ts), with the user's ticks. */
  documents?: (ChecklistItem & { ticked: boolean })[];
};

export type PlannerStep = PlannerStepBody & {
  done: boolean;
  status: StepStatus;
};

// Compile-time proof that planner steps satisfy the shared contract type.
const _isPlannedStep = (s: PlannerStep): PlannedStep => s;
void _isPlannedStep;

export interface PlanOptions {
  /** Judge by the facts in force on this day (default: today). */
  asOf?: Date | string;
  progress?: StepProgress;
  /** The moment deadlines are compared with (default: now, or asOf when only asOf is given). */
  now?: Date;
}

export type DraftInput = Pick<DraftFile, 'filingType' | 'fields'>;
