import { BUILT_IN_MATCHES } from '@/src/hosts/filing-hosts';
import { startContentScript } from '@/src/content/start';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
