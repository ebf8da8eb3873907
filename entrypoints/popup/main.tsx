import { firstHandOff } from '@/src/popup-first/hand-off';
import '@/src/popup/popup.css';

/**
 * Two steps (docs/POPUP.md): the classic script popup-first.js (popup.html's <head>) draws a
 * first screen from the drafts' summary rows; only once that has settled is the full popup's
 * module graph (Dexie, planner, Preact) loaded, so it never competes with the first screen.
 * Without a first screen the full popup renders alone, as before.
 */
async function start(): Promise<void> {
  const first = await firstHandOff();
  document.body.classList.add('popup-body');
  const { mountFull } = await import('@/src/popup/mount-full');
  await mountFull(document.getElementById('app')!, location.search, first ?? undefined);
}

void start();
