import { startFirstScreen } from '@/src/popup-first/start-first-screen';

// The popup's first screen (docs/POPUP.md), loaded by popup.html as a classic script from its
// <head>: it runs before the page's module graph is even parsed. Never in the manifest.
export default defineUnlistedScript(() => {
  startFirstScreen();
});
