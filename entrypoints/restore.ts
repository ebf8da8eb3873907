import { restoreEngine } from '@/src/restore/engine';
import { provideRestoreEngine } from '@/src/content/restore-engine-loader';

// The fill engine, injected on demand by the background (src/background/restore-injection.ts)
// into the frame that asked after the user chose to restore; never listed in the manifest.
export default defineUnlistedScript(() => {
  provideRestoreEngine(restoreEngine);
});
