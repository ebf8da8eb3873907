import { mountPrompt } from '@/src/content/prompt-mount';
import { provideOnDemand } from '@/src/content/on-demand';

// The drafts prompt's mount, injected on demand by the background (src/background/restore-injection.ts)
// into the frame whose content script has a draft to offer or a notice to show; never listed in
// the manifest.
export default defineUnlistedScript(() => {
  provideOnDemand('prompt', { mountPrompt });
});
