/**
 * Dates as the filing systems see them: China Standard Time (UTC+8, no daylight saving).
 * "Noon the next day" and "working days" are Beijing-time notions, whatever the user's zone.
 */

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` in Beijing time. Plain `YYYY-MM-DD` strings are taken as Beijing days. */
export function chinaDay(when: Date | string): string {
  if (typeof when === 'string' && DAY_RE.test(when)) return when;
  const d = toDate(when);
  return new Date(d.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A Date from an ISO timestamp, or a `YYYY-MM-DD` day (its Beijing midnight). Throws on junk. */
export function toDate(when: Date | string): Date {
  if (when instanceof Date) {
    if (Number.isNaN(when.getTime())) throw new RangeError('invalid date');
    return when;
  }
  const d = DAY_RE.test(when) ? new Date(`${when}T00:00:00+08:00`) : new Date(when);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid date "${when}"`);
  return d;
}

/** Like `toDate`, but undefined for missing or unparsable input (user-entered progress). */
export function parseDateOrUndefined(when: string | undefined): Date | undefined {
  if (!when) return undefined;
  try {
    return toDate(when);
  } catch {
    return undefined;
  }
}

export function addHours(d: Date, hours: number): Date {
  return new Date(d.getTime() + hours * 3600_000);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** 12:00 Beijing time on the day after `d` (the MIIT's automatic SMS resend). */
export function noonNextChinaDay(d: Date): Date {
  const day = chinaDay(d);
  const next = new Date(`${day}T12:00:00+08:00`);
  return addDays(next, 1);
}

/**
 * `d` plus `n` working days (Mon-Fri, Beijing time). Public holidays and the make-up
 * working weekends are not modelled, so this is an estimate and labelled as one.
 */
export function addWorkingDays(d: Date, n: number): Date {
  let t = d;
  let left = n;
  while (left > 0) {
    t = addDays(t, 1);
    const weekday = new Date(t.getTime() + CST_OFFSET_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return t;
}
