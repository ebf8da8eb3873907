import { restoreEngine } from '@/src/restore/engine';
import { createPageRestore } from '@/src/content/page-restore';
import { provideOnDemand } from '@/src/content/on-demand';

// The fill engine and the restore into the page, injected on demand by the background
// (src/background/restore-injection.ts) into the frame that asked after the user chose to
// restore; never listed in the manifest.
export default defineUnlistedScript(() => {
  provideOnDemand('restore', { createPageRestore: (page) => createPageRestore(page, restoreEngine) });
});
