/** Summary statistics of repeated measurements (median and spread; no means: outliers skew them). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

export const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function fmtSummary(s: Summary, unit: string, digits = 2): string {
  return `${fmt(s.median, digits)}${unit ? ` ${unit}` : ''} (p95 ${fmt(s.p95, digits)}, min–max ${fmt(s.min, digits)}–${fmt(s.max, digits)}, n=${s.n})`;
}

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));
