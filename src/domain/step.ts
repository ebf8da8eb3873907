import * as z from 'zod/mini';
import { LocalizedTextSchema } from './localized';

/** Fixed step ids of CONTRACT.md; the planner may add more. */
export const FIXED_STEP_IDS = [
  'sms-verification',
  'shca-app-verification',
  'principal-photo',
  'document-upload',
  'provider-review',
  'admin-review',
  'psb-filing',
] as const;

export const PlannedStepSchema = /* @__PURE__ */ z.looseObject({
  /** Step id (CONTRACT.md), e.g. `sms-verification`. */
  id: z.string(),
  /** Unique per filing, e.g. `sms-verification:13800138000`; progress is saved under it. */
  key: z.string(),
  title: LocalizedTextSchema,
  /** What to do. */
  detail: LocalizedTextSchema,
  /** Who must do it. */
  who: z.optional(z.enum(['applicant', 'subject-principal', 'website-principal', 'provider', 'administration'])),
  /** The mobile number this step concerns (SMS verification). */
  mobile: z.optional(z.string()),
  /** Where to do it. */
  link: z.optional(z.object({ url: z.string(), label: LocalizedTextSchema })),
  /** Deadline as an ISO timestamp, when it can be computed. */
  deadline: z.optional(z.string()),
  sources: z.array(z.string()),
  done: z.boolean(),
});
export type PlannedStep = z.infer<typeof PlannedStepSchema>;

/** What the user recorded about the filing's progress (saved with the draft). */
export const StepProgressSchema = /* @__PURE__ */ z.looseObject({
  /** Step keys the user ticked done. */
  done: z._default(z.record(z.string(), z.boolean()), {}),
  /** When the provider submitted the filing to the communications administration. */
  submittedToAdminAt: z.optional(z.string()),
  /** When the filing order was created at the provider (45-day validity). */
  orderCreatedAt: z.optional(z.string()),
  /** When the website opened after approval (PSB filing within 30 days). */
  siteOpenedAt: z.optional(z.string()),
  /**
   * When the MIIT SMS code was sent (the code's validity runs from it, judged on the sent day):
   * for every mobile, or per mobile in `smsSentAtByMobile` (which wins for its mobile).
   */
  // Bounded where progress is saved or imported (BoundedStepProgressSchema, sms-sent-times.ts):
  // the content script bundles this schema, and checks cost it bytes it does not have.
  smsSentAt: z.optional(z.string()),
  smsSentAtByMobile: z.optional(z.record(z.string(), z.string())),
});
export type StepProgress = z.infer<typeof StepProgressSchema>;
