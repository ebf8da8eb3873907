import { runUploadChecker } from '@/src/uploads/page-checker';

// Injected by the background into the tab and frame where the user picked a file
// (src/background/uploads-service.ts); never listed in the manifest.
export default defineUnlistedScript(() => {
  void runUploadChecker();
});
