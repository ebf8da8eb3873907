import { z } from 'zod';
import { defineMessage } from '../messaging/define-message';

/** Popup/options → background: drafts or settings changed; re-derive the reminder alarms. */
export const remindersSync = defineMessage('reminders/sync', z.object({}), z.object({ scheduled: z.number().int() }));
