import type { FieldValues, FilingType } from '../domain/draft-file';
import type { StepProgress } from '../domain/step';
import type { ProviderId } from '../hosts/filing-hosts';

/** One filing in progress, stored in the extension's IndexedDB (never the page's). */
export interface DraftRecord {
  id: string;
  name: string;
  provider: ProviderId | 'other';
  /** Origin of the filing page the draft was typed on (restore offers match on it). */
  origin: string;
  filingType: FilingType;
  /** Values under canonical keys; secrets never. */
  fields: FieldValues;
  progress: StepProgress;
  createdAt: string;
  updatedAt: string;
}
