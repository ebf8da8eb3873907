import type { PlannedStep, StepProgress } from '../domain/step';
import { ORDER_VALIDITY, PSB_FILING } from '../facts/timelines';

/**
 * Which deadline reminders a draft needs, and when. Pure: the background turns the result
 * into `chrome.alarms` (reminders.ts) and re-derives it whenever drafts or settings change.
 */
export type ReminderKind = 'sms-window' | 'order-validity' | 'psb-filing';

export interface Reminder {
  /** Alarm name; encodes everything the alarm handler needs (see `parseReminderName`). */
  name: string;
  draftId: string;
  kind: ReminderKind;
  /** Progress key of the step the reminder is about (ticking it done cancels the reminder). */
  stepKey: string;
  /** When the deadline passes (ISO). */
  deadline: string;
  /** When to notify (epoch ms). */
  when: number;
  /** How long before the deadline (ms). */
  leadMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Order validity (45 days) and PSB filing (30 days after opening): the facts the planner uses. */
export const ORDER_VALIDITY_DAYS = ORDER_VALIDITY.days;
export const PSB_FILING_DAYS = PSB_FILING.days;

/** Notify this long before each kind of deadline. Short windows get hours, long ones days. */
export const LEADS: Record<ReminderKind, readonly number[]> = {
  'sms-window': [6 * HOUR, 1 * HOUR],
  'order-validity': [7 * DAY, 1 * DAY],
  'psb-filing': [7 * DAY, 1 * DAY],
};

export const REMINDER_PREFIX = 'icp-reminder';
/** Key under which order validity is tracked in `progress.done` (not a planner step). */
export const ORDER_VALIDITY_KEY = 'order-validity';

export interface ReminderInput {
  draftId: string;
  progress: StepProgress;
  /** The planner's steps for the draft, judged as of today with its progress. */
  steps: readonly PlannedStep[];
}

function addDays(iso: string | undefined, days: number): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t + days * DAY).toISOString();
}

export function reminderName(r: Pick<Reminder, 'draftId' | 'kind' | 'stepKey' | 'leadMs'>): string {
  return [REMINDER_PREFIX, encodeURIComponent(r.draftId), r.kind, encodeURIComponent(r.stepKey), String(r.leadMs)].join('|');
}

export function parseReminderName(
  name: string,
): Pick<Reminder, 'draftId' | 'kind' | 'stepKey' | 'leadMs'> | null {
  const parts = name.split('|');
  if (parts.length !== 5 || parts[0] !== REMINDER_PREFIX) return null;
  const kind = parts[2] as ReminderKind;
  if (!(kind in LEADS)) return null;
  const leadMs = Number(parts[4]);
  if (!Number.isFinite(leadMs)) return null;
  return { draftId: decodeURIComponent(parts[1]!), kind, stepKey: decodeURIComponent(parts[3]!), leadMs };
}

/** Deadlines a draft is exposed to, with the step key that clears each one. */
export function deadlinesForDraft(input: ReminderInput): { kind: ReminderKind; stepKey: string; deadline: string }[] {
  const { progress, steps } = input;
  const done = (key: string): boolean => progress.done?.[key] === true;
  const out: { kind: ReminderKind; stepKey: string; deadline: string }[] = [];

  // SMS code window: the planner knows the code's validity as of the submission date.
  for (const s of steps) {
    if (s.id === 'sms-verification' && s.deadline && !s.done && !done(s.key)) {
      out.push({ kind: 'sms-window', stepKey: s.key, deadline: s.deadline });
    }
  }

  // Order validity: the planner's step when it has one, else 45 days after creation; moot
  // once the filing is approved (admin review ticked) or the site opened.
  const orderStep = steps.find((s) => s.id === 'order-validity');
  const orderKey = orderStep?.key ?? ORDER_VALIDITY_KEY;
  const adminDone = steps.some((s) => s.id === 'admin-review' && (s.done || done(s.key)));
  const order = orderStep?.deadline ?? addDays(progress.orderCreatedAt, ORDER_VALIDITY_DAYS);
  if (order && !adminDone && !progress.siteOpenedAt && !(orderStep?.done ?? false) && !done(orderKey)) {
    out.push({ kind: 'order-validity', stepKey: orderKey, deadline: order });
  }

  // PSB filing: prefer the planner's deadline, else 30 days after the site opened.
  const psb = steps.find((s) => s.id === 'psb-filing');
  const psbKey = psb?.key ?? 'psb-filing';
  const psbDeadline = psb?.deadline ?? addDays(progress.siteOpenedAt, PSB_FILING_DAYS);
  if (psbDeadline && !(psb?.done ?? false) && !done(psbKey)) {
    out.push({ kind: 'psb-filing', stepKey: psbKey, deadline: psbDeadline });
  }
  return out;
}

/** The reminders still ahead of `now` for one draft, soonest first. */
export function remindersForDraft(input: ReminderInput, now: number): Reminder[] {
  const out: Reminder[] = [];
  for (const d of deadlinesForDraft(input)) {
    const end = Date.parse(d.deadline);
    if (Number.isNaN(end) || end <= now) continue;
    for (const leadMs of LEADS[d.kind]) {
      const when = end - leadMs;
      if (when <= now) continue;
      const base = { draftId: input.draftId, kind: d.kind, stepKey: d.stepKey, leadMs };
      out.push({ ...base, name: reminderName(base), deadline: d.deadline, when });
    }
  }
  return out.sort((a, b) => a.when - b.when);
}
