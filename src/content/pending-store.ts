import browser from 'webextension-polyfill';
import type { WriteAhead } from '../drafts/write-ahead';
import { WRITE_AHEAD_PREFIX } from '../drafts/write-ahead-key';

/**
 * The page session's write-ahead copy of its unsent edits in `storage.local` (extension
 * storage on disk, out of the page's reach, never its localStorage/IndexedDB): it survives a
 * closed tab and quitting the browser right after typing. The background replays it and
 * removes it once a save covers it (src/background/write-ahead-replay.ts); this page removes
 * it on acknowledgement too.
 */
export function pendingStore(session: string) {
  const key = WRITE_AHEAD_PREFIX + session;
  return {
    save(w: WriteAhead | undefined): void {
      const local = browser.storage.local;
      (w ? local.set({ [key]: w }) : local.remove(key)).catch(() => undefined);
    },
  };
}
