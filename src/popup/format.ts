import type { Lang } from '../domain/localized';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A duration for a countdown: "2 d 3 h", "5 h 07 min", "4 min 09 s" (precision grows as time runs out). */
export function formatDuration(ms: number, lang: Lang): string {
  const abs = Math.max(0, Math.abs(ms));
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MIN);
  const s = Math.floor((abs % MIN) / 1000);
  const u = lang === 'zh' ? { d: '天', h: '小时', m: '分', s: '秒' } : { d: ' d', h: ' h', m: ' min', s: ' s' };
  const sep = lang === 'zh' ? '' : ' ';
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d > 0) return `${d}${u.d}${sep}${h}${u.h}`;
  if (h > 0) return `${h}${u.h}${sep}${pad(m)}${u.m}`;
  return `${m}${u.m}${sep}${pad(s)}${u.s}`;
}

/** How often a countdown must tick to stay exact at the precision `formatDuration` shows. */
export function tickInterval(msLeft: number): number {
  const abs = Math.abs(msLeft);
  if (abs >= DAY) return HOUR;
  if (abs >= HOUR) return MIN;
  return 1000;
}

/** ISO → value of `<input type="datetime-local">` in the user's time zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** Value of `<input type="datetime-local">` (local time) → ISO, or undefined when empty/invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const t = new Date(value); // no zone suffix → parsed as local time
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/** A timestamp for people: "2026-06-01 14:05" in the user's time zone. */
export function formatDateTime(iso: string | undefined): string {
  return toLocalInput(iso).replace('T', ' ');
}

/** `13800138000` → `138 0013 8000`: easier to compare with the phone's screen. */
export function formatMobile(mobile: string): string {
  return /^\d{11}$/.test(mobile) ? `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}` : mobile;
}
