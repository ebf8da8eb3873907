import * as z from 'zod/mini';
import { BoundedStepProgressSchema } from '../domain/sms-sent-times';
import { defineMessage } from '../messaging/define-message';

/** Popup/options → background: drafts or settings changed; re-derive the reminder alarms. */
export const remindersSync = defineMessage('reminders/sync', z.object({}), z.object({ scheduled: z.int() }));

/**
 * Popup → background: save a draft's step progress (ticks, dates) and re-derive its reminders.
 * Written by the service worker so the write completes even if the popup closes right after
 * the click (a closing popup can abort its own IndexedDB transaction).
 */
export const progressSave = defineMessage(
  'progress/save',
  z.object({ draftId: z.string().check(z.minLength(1)), progress: BoundedStepProgressSchema }),
  z.object({ updatedAt: z.string() }),
);
