import type { LocalizedText } from '../domain/localized';

/**
 * What the popup's first screen shows for a draft, computed by the planner when the draft is
 * written and stored on its summary row (`DraftSummary.head`), so the popup can show "what to
 * do next" before it loads the database library and the planner. No planner code here: the
 * popup's first render imports this file (src/popup-first/).
 */
export interface SummaryHead {
  /** Format of this object; another number is ignored (the popup takes the full path). */
  v: typeof SUMMARY_HEAD_VERSION;
  /** When the planner judged the draft. */
  asOf: string;
  /** Valid before this time: the end of that Beijing day or the first deadline after it, whichever is first. */
  until: string;
  /** The first open step (what `nextUp` picks). */
  next?: HeadStep;
  /** The nearest deadline, when it belongs to another step than `next`. */
  deadline?: HeadStep & { deadline: string };
  /** Index into `STAGES` (src/planner/stages.ts) of the stage the filing is in. */
  stage: number;
  /** `subject.province`, shown beside the filing type. */
  province?: string;
}

export interface HeadStep {
  id: string;
  key: string;
  title: LocalizedText;
  deadline?: string;
}

export const SUMMARY_HEAD_VERSION = 1;

/** Limits of a head read back from storage (far above real values; anything bigger is refused). */
export const HEAD_LIMITS = { id: 200, title: 300, date: 40, province: 60, stages: 20 } as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const date = (v: unknown): v is string => str(v, HEAD_LIMITS.date) && !Number.isNaN(Date.parse(v));
const text = (v: unknown): v is LocalizedText => isObj(v) && str(v.zh, HEAD_LIMITS.title) && str(v.en, HEAD_LIMITS.title);

function parseStep(v: unknown): HeadStep | undefined {
  if (!isObj(v) || !str(v.id, HEAD_LIMITS.id) || !str(v.key, HEAD_LIMITS.id) || !text(v.title)) return undefined;
  if (v.deadline !== undefined && !date(v.deadline)) return undefined;
  return { id: v.id, key: v.key, title: { zh: v.title.zh, en: v.title.en }, ...(v.deadline !== undefined ? { deadline: v.deadline } : {}) };
}

/**
 * A head read back from IndexedDB (trusted storage, but written by any past version): checked
 * field by field with size limits, rebuilt from the checked parts only. `undefined` when
 * anything is off: the popup then takes the full path.
 */
export function parseSummaryHead(raw: unknown): SummaryHead | undefined {
  if (!isObj(raw) || raw.v !== SUMMARY_HEAD_VERSION || !date(raw.asOf) || !date(raw.until)) return undefined;
  const stage = raw.stage;
  if (typeof stage !== 'number' || !Number.isInteger(stage) || stage < 0 || stage >= HEAD_LIMITS.stages) return undefined;
  if (raw.province !== undefined && !str(raw.province, HEAD_LIMITS.province)) return undefined;
  const next = raw.next === undefined ? undefined : parseStep(raw.next);
  if (raw.next !== undefined && !next) return undefined;
  const deadline = raw.deadline === undefined ? undefined : parseStep(raw.deadline);
  if (raw.deadline !== undefined && !deadline?.deadline) return undefined;
  return {
    v: SUMMARY_HEAD_VERSION,
    asOf: raw.asOf,
    until: raw.until,
    stage,
    ...(next ? { next } : {}),
    ...(deadline?.deadline ? { deadline: { ...deadline, deadline: deadline.deadline } } : {}),
    ...(raw.province !== undefined ? { province: raw.province } : {}),
  };
}

/** A head still tells the truth at `now` (judged no later than `now`, and not past its validity). */
export function headIsCurrent(head: SummaryHead, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(head.asOf) <= t && t < Date.parse(head.until);
}
