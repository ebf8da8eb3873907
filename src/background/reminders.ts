import browser from 'webextension-polyfill';
import type { MessageRouter } from '../messaging/router';
import type { DraftRecord } from '../drafts/types';
import { browserLang } from '../i18n/lang';
import { planSteps } from '../planner/plan-steps';
import { t } from '../popup/strings';
import { loadSettings, onSettingsChanged, resolveLang } from '../settings/settings';
import { formatDateTime } from '../popup/format';
import { draftRepository } from './drafts-service';
import { progressSave, remindersSync } from './reminder-messages';
import { deadlinesForDraft, parseReminderName, REMINDER_PREFIX, remindersForDraft, type Reminder } from './reminder-schedule';

/** Re-derives all reminder alarms twice a day, catching drafts edited while no popup was open. */
const RESYNC_ALARM = 'icp-reminders-resync';
const RESYNC_MINUTES = 12 * 60;

function hasDates(d: DraftRecord): boolean {
  const p = d.progress;
  return Boolean(p.submittedToAdminAt || p.orderCreatedAt || p.siteOpenedAt || p.smsSentAt || p.smsSentAtByMobile);
}

/** Every reminder all drafts need from now on (pure planning on stored drafts). */
async function desiredReminders(now: Date): Promise<Reminder[]> {
  const drafts = await draftRepository().getMany();
  const out: Reminder[] = [];
  for (const d of drafts) {
    // Every deadline counts from a date the user recorded; skip planning the rest.
    if (!hasDates(d)) continue;
    const steps = planSteps(d, { asOf: now, progress: d.progress, now });
    out.push(...remindersForDraft({ draftId: d.id, progress: d.progress, steps }, now.getTime()));
  }
  return out;
}

let chain: Promise<number> = Promise.resolve(0);

/**
 * Makes the alarms match the drafts: creates missing ones, clears stale ones. Chrome keeps
 * alarms across restarts; re-syncing at start-up covers browsers that do not, and drafts
 * changed meanwhile. Serialised so overlapping triggers cannot interleave.
 */
export function syncReminders(now: () => Date = () => new Date()): Promise<number> {
  chain = chain.catch(() => 0).then(async () => {
    const settings = await loadSettings();
    const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(`${REMINDER_PREFIX}|`));
    const wanted = settings.reminders ? await desiredReminders(now()) : [];
    const byName = new Map(wanted.map((r) => [r.name, r]));
    for (const a of existing) {
      const w = byName.get(a.name);
      if (!w || w.when !== a.scheduledTime) await browser.alarms.clear(a.name);
      else byName.delete(a.name);
    }
    for (const r of byName.values()) await browser.alarms.create(r.name, { when: r.when });
    return wanted.length;
  });
  return chain;
}

/** Shows the notification of one fired reminder, if it still applies. */
async function notify(name: string): Promise<void> {
  const parsed = parseReminderName(name);
  if (!parsed) return;
  const settings = await loadSettings();
  if (!settings.reminders) return;
  const draft = await draftRepository().get(parsed.draftId);
  if (!draft) return;
  const now = new Date();
  const steps = planSteps(draft, { asOf: now, progress: draft.progress, now });
  const deadline = deadlinesForDraft({ draftId: draft.id, progress: draft.progress, steps }).find(
    (d) => d.kind === parsed.kind && d.stepKey === parsed.stepKey,
  );
  // Ticked done or the date changed since the alarm was set: stay quiet.
  if (!deadline || Date.parse(deadline.deadline) <= now.getTime()) return;
  const lang = resolveLang(settings.language, browserLang());
  const mobile = steps.find((s) => s.key === parsed.stepKey)?.mobile ?? '';
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `${t(lang, 'appName')} · ${draft.name}`,
    message: t(lang, `notify.${parsed.kind}`, { mobile, time: formatDateTime(deadline.deadline) }),
  });
}

export function registerReminders(router: MessageRouter): void {
  router.handle(remindersSync, async () => ({ scheduled: await syncReminders() }));
  router.handle(progressSave, async ({ draftId, progress }) => {
    // The popup sends the whole progress; a date it left out was cleared. Messages drop
    // undefined values, so name the dates explicitly or the merge would keep the old ones.
    const saved = await draftRepository().updateProgress(draftId, {
      ...progress,
      submittedToAdminAt: progress.submittedToAdminAt,
      orderCreatedAt: progress.orderCreatedAt,
      siteOpenedAt: progress.siteOpenedAt,
      smsSentAt: progress.smsSentAt,
      smsSentAtByMobile: progress.smsSentAtByMobile,
    });
    void syncReminders().catch((e: unknown) => console.warn('[icp-helper] reminder sync', e));
    return { updatedAt: saved.updatedAt };
  });

  // Listeners registered synchronously: an alarm wakes the worker and must find them.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESYNC_ALARM) void syncReminders();
    else if (alarm.name.startsWith(`${REMINDER_PREFIX}|`)) void notify(alarm.name).catch((e: unknown) => console.warn('[icp-helper] reminder', e));
  });
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseReminderName(id);
    if (!parsed) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?draft=${encodeURIComponent(parsed.draftId)}`) });
  });
  const start = (): void => {
    void browser.alarms.create(RESYNC_ALARM, { periodInMinutes: RESYNC_MINUTES });
    void syncReminders().catch((e: unknown) => console.warn('[icp-helper] reminder sync', e));
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  onSettingsChanged(() => void syncReminders().catch(() => undefined));
}
