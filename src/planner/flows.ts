/**
 * Which provider-process steps each filing type goes through (seed 003 §2-§7, §12). SMS
 * verification is decided separately, by date and province (src/facts/sms-verification.ts).
 */
import type { FilingType } from '../domain/draft-file';
import { cite } from '../facts/sources';

export interface Flow {
  upload: boolean;
  providerReview: boolean;
  photo: boolean;
  adminReview: boolean;
  /** The website opens afterwards: PSB filing due (new websites only). */
  psb: boolean;
  /** An ICP commercial licence may be needed (new websites only). */
  commercial: boolean;
  /** A provider order exists with its 45-day validity. */
  order: boolean;
}

const FULL: Flow = { upload: true, providerReview: true, photo: true, adminReview: true, psb: true, commercial: true, order: true };
const CHANGE: Flow = { ...FULL, psb: false, commercial: false };
const CANCEL: Flow = { upload: false, providerReview: false, photo: false, adminReview: true, psb: false, commercial: false, order: false };

export const FLOWS: Readonly<Record<FilingType, Flow>> = {
  new: FULL,
  'new-website': FULL,
  transfer: CHANGE,
  'change-subject': CHANGE,
  'change-website': CHANGE,
  'cancel-subject': CANCEL,
  'cancel-website': CANCEL,
  'cancel-access': CANCEL,
  claim: { upload: true, providerReview: true, photo: false, adminReview: false, psb: false, commercial: false, order: false },
};

export const FLOW_SOURCES: Readonly<Record<FilingType, readonly string[]>> = {
  new: [cite('seed-003', '§2')],
  'new-website': [cite('seed-003', '§4'), cite('seed-003', '§5')],
  transfer: [cite('seed-003', '§3')],
  'change-subject': [cite('seed-003', '§6')],
  'change-website': [cite('seed-003', '§6')],
  'cancel-subject': [cite('seed-003', '§7')],
  'cancel-website': [cite('seed-003', '§7')],
  'cancel-access': [cite('seed-003', '§7')],
  claim: [cite('seed-003', '§12')],
};
