import browser from 'webextension-polyfill';
import { WRITE_AHEAD_PREFIX, WriteAheadSchema, type WriteAhead } from '../drafts/write-ahead';
import { sameValue } from '../content/same-value';
import type { PageWhereabouts } from './tab-filings';

type Local = { get(k: null | string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
const local = (): Local => browser.storage.local as unknown as Local;

/** Larger write-ahead entries than this are not ours: dropped unread. */
const MAX_KEYS = 2_000;

/**
 * Replays every write-ahead copy left in `storage.local` (a tab closed or the browser quit
 * before its save was acknowledged) through `apply`, which writes with per-field edit times
 * into the session's own draft; then removes the copy unless its page wrote a newer one
 * meanwhile. `minAgeMs` leaves copies their page is still updating to that page; `apply`
 * returning `false` leaves the copy too (a live page's copy that has no draft yet).
 */
export async function replayWriteAhead(apply: (w: WriteAhead) => Promise<unknown>, minAgeMs = 0): Promise<{ replayed: number; dropped: number }> {
  let replayed = 0;
  let dropped = 0;
  const all = await local().get(null);
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(WRITE_AHEAD_PREFIX)) continue;
    const parsed = WriteAheadSchema.safeParse(raw);
    if (!parsed.success || Object.keys(parsed.data.fields).length > MAX_KEYS) {
      dropped++;
      await local().remove(key);
      continue;
    }
    // A young copy belongs to a page that is still saving it itself.
    if (Date.now() - parsed.data.at < minAgeMs) continue;
    try {
      if ((await apply(parsed.data)) === false) continue;
      replayed++;
      await removeIfUnchanged(key, parsed.data.at);
    } catch (err) {
      // Kept for the next replay (storage full, database blocked): losing it is worse.
      console.warn('[icp-helper] write-ahead replay failed:', err instanceof Error ? err.message : String(err));
    }
  }
  return { replayed, dropped };
}

/** A live page re-sends its pending edits within seconds (retries back off to 10 s): a copy not updated for this long is abandoned. */
export const ABANDONED_MS = 60_000;

/**
 * Whether a copy may be replayed now. A copy with a draft (its id, or its session already saved
 * into one) only adds its edits there, by edit time: always safe. A copy with no draft yet
 * decides which draft the filing gets: replayed while its page was still being typed in (half a
 * subject name, no tab continuity) it started a second draft of the same filing, which the page
 * then kept writing. So it is left to its page until the page is gone (its frame shows another
 * page, its tab closed), or it was written before this browser session started (`bootAt`:
 * known only in the first worker after a browser start), or it is abandoned.
 */
export function mayReplay(w: WriteAhead, o: { owned: boolean; page: PageWhereabouts | undefined; bootAt: number | undefined; now: number }): boolean {
  if (o.owned) return true;
  if (o.page) return !o.page.live || o.now - w.at >= ABANDONED_MS;
  return (o.bootAt !== undefined && w.at < o.bootAt) || o.now - w.at >= ABANDONED_MS;
}

/** Removes a session's copy once a save covered every value in it with the same or a newer edit. */
export async function acknowledgeWriteAhead(session: string, saved: { fields: Record<string, unknown>; times: Record<string, number> }): Promise<void> {
  const key = WRITE_AHEAD_PREFIX + session;
  const parsed = WriteAheadSchema.safeParse((await local().get(key))[key]);
  if (!parsed.success) return;
  const w = parsed.data;
  const covered = Object.entries(w.fields).every(
    ([k, v]) => k in saved.fields && sameValue(v, saved.fields[k] as never) && (saved.times[k] ?? 0) >= (w.times[k] ?? 0),
  );
  if (covered) await removeIfUnchanged(key, w.at);
}

async function removeIfUnchanged(key: string, at: number): Promise<void> {
  const again = WriteAheadSchema.safeParse((await local().get(key))[key]);
  if (again.success && again.data.at === at) await local().remove(key);
}
