import { createWarningsView } from '@/src/ui/warnings/warnings-view';
import { provideOnDemand } from '@/src/content/on-demand';

// The warnings overlay, injected on demand by the background (src/background/restore-injection.ts)
// into the frame whose content script got its first findings; never listed in the manifest.
export default defineUnlistedScript(() => {
  provideOnDemand('warnings', { createWarningsView });
});
