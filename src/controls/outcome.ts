/** What writing a value into the page came to: done, or why not (shown in the restore report). */
export type FillOutcome = { ok: true } | { ok: false; reason: string };

export const OK: FillOutcome = { ok: true };

export function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
