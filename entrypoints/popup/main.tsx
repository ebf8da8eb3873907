import { render } from 'preact';
import { FirstScreen, type Selection } from '@/src/popup-first/FirstScreen';
import { loadFirstScreen, type FirstApi } from '@/src/popup-first/load-first-screen';
import '@/src/popup/popup.css';

// Marks for the benchmark's breakdown: script evaluated → first screen with data.
performance.mark('icp-popup-script');
document.body.classList.add('popup-body');
const app = document.getElementById('app')!;
const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as FirstApi & {
  runtime: { openOptionsPage(): Promise<void> };
};

/**
 * Two steps (docs/POPUP.md): a small first render from the drafts' summary rows (raw
 * IndexedDB, no database library, no planner), then the full popup, loaded after that first
 * paint, takes over. Without a first screen the full popup renders alone, as before.
 */
async function start(): Promise<void> {
  const data = await loadFirstScreen({ search: location.search, api, now: new Date(), ownOrigin: location.origin }).catch(() => null);
  let first: { data: typeof data & object; selection: Selection } | undefined;
  if (data) {
    first = { data, selection: { id: data.choice.id, reason: data.choice.reason } };
    render(<FirstScreen data={data} selection={first.selection} onOptions={() => void api.runtime.openOptionsPage()} />, app);
  }
  const { mountFull } = await import('@/src/popup/mount-full');
  await mountFull(app, location.search, first);
}

void start();
