import { createWarningsView } from '@/src/ui/warnings/warnings-view';
import { provideOnDemand } from '@/src/content/on-demand';

// The warnings overlay, injected on demand by the background (src/background/restore-injection.ts)
// into a frame once its content script recognised a form; never listed in the manifest.
export default defineUnlistedScript(() => {
  provideOnDemand('warnings', { createWarningsView });
});
