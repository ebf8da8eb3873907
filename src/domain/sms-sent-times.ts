/**
 * The bounds of the SMS sent times in a filing's progress. Apart from StepProgressSchema
 * (step.ts), which the content script bundles: it never reads progress, and zod checks would
 * cost it bytes. Applied wherever progress is saved or imported.
 */
import * as z from 'zod/mini';
import { StepProgressSchema } from './step';

const MAX_MOBILE_LENGTH = 32;
/** A filing has at most a subject and 50 website principals; room for every one of them. */
export const MAX_SMS_SENT_MOBILES = 64;

/** An ISO timestamp entered by the user: bounded and parseable. */
const IsoTimeSchema = z.string().check(
  z.maxLength(40),
  z.refine((v) => !Number.isNaN(Date.parse(v)), { message: 'expected an ISO date' }),
);

export const BoundedStepProgressSchema = z.extend(StepProgressSchema, {
  smsSentAt: z.optional(IsoTimeSchema),
  smsSentAtByMobile: z.optional(
    z.record(z.string().check(z.maxLength(MAX_MOBILE_LENGTH)), IsoTimeSchema).check(
      z.refine((r) => Object.keys(r).length <= MAX_SMS_SENT_MOBILES, { message: `at most ${MAX_SMS_SENT_MOBILES} mobiles` }),
    ),
  ),
});
