// zod's English messages for the errors handlers send back (zod/mini has none of its own).
import '@/src/domain/readable-errors';
import { MessageRouter } from '@/src/messaging/router';
import { registerBadge } from '@/src/background/badge';
import { registerDrafts } from '@/src/background/drafts-service';
import { registerSiteAccess } from '@/src/background/site-access';
import { registerReminders } from '@/src/background/reminders';
import { registerRules } from '@/src/background/rules-service';
import { registerUploads } from '@/src/background/uploads-service';
import { registerWarningCommands } from '@/src/background/warning-commands';
import { registerFirstRun } from '@/src/background/first-run';
import { registerRestoreInjection } from '@/src/background/restore-injection';

// Thin wiring: every listener is registered synchronously at start-up so that a service
// worker woken by an event finds its handler (MV3 stops idle workers).
export default defineBackground(() => {
  const router = new MessageRouter();
  registerBadge(router);
  registerDrafts(router);
  registerSiteAccess(router);
  registerReminders(router);
  registerRules(router);
  registerUploads(router);
  registerWarningCommands();
  registerFirstRun(import.meta.env.ICP_FIRST_RUN_IN_BACKGROUND === '1');
  registerRestoreInjection(router);
  router.listen();
});
