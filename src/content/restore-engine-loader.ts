import { sendToBackground } from '../messaging/define-message';
import { restoreLoadEngine } from './messages';
import type { RestoreEngine } from '../restore/engine';

/**
 * Where restore.js leaves the engine: a property of the content script's isolated world (the
 * injected script runs in that same world; the page's own scripts cannot see or set it).
 */
export const RESTORE_ENGINE_GLOBAL = '__icpFilingHelperRestore';

type Holder = { [RESTORE_ENGINE_GLOBAL]?: RestoreEngine };

/**
 * The fill engine, injected on first use: only called after the user chose to restore (popup
 * or prompt), so pages that are never restored never load it.
 */
export async function loadRestoreEngine(): Promise<RestoreEngine> {
  const holder = globalThis as Holder;
  if (!holder[RESTORE_ENGINE_GLOBAL]) await sendToBackground(restoreLoadEngine, {});
  const engine = holder[RESTORE_ENGINE_GLOBAL];
  if (!engine) throw new Error('the restore engine did not load into this page');
  return engine;
}

/** Called by restore.js once it runs in the frame. */
export function provideRestoreEngine(engine: RestoreEngine): void {
  (globalThis as Holder)[RESTORE_ENGINE_GLOBAL] = engine;
}
