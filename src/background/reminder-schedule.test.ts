import { describe, expect, it } from 'vitest';
import type { PlannedStep } from '../domain/step';
import { deadlinesForDraft, parseReminderName, reminderName, remindersForDraft } from './reminder-schedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function step(id: string, extra: Partial<PlannedStep> = {}): PlannedStep {
  return {
    id,
    key: extra.key ?? id,
    title: { zh: id, en: id },
    detail: { zh: '', en: '' },
    sources: [],
    done: false,
    ...extra,
  };
}

const now = Date.parse('2026-06-01T00:00:00Z');

describe('remindersForDraft', () => {
  it('reminds 6 h and 1 h before each open SMS code window', () => {
    const deadline = new Date(now + 24 * HOUR).toISOString();
    const steps = [
      step('sms-verification', { key: 'sms-verification:13800138000', mobile: '13800138000', deadline }),
      step('sms-verification', { key: 'sms-verification:13900139000', mobile: '13900139000', deadline }),
    ];
    const rs = remindersForDraft({ draftId: 'd1', progress: { done: {} }, steps }, now);
    expect(rs.map((r) => [r.kind, r.stepKey, r.when - now])).toEqual([
      ['sms-window', 'sms-verification:13800138000', 18 * HOUR],
      ['sms-window', 'sms-verification:13900139000', 18 * HOUR],
      ['sms-window', 'sms-verification:13800138000', 23 * HOUR],
      ['sms-window', 'sms-verification:13900139000', 23 * HOUR],
    ]);
  });

  it('drops a step ticked done, and reminders already in the past', () => {
    const deadline = new Date(now + 3 * HOUR).toISOString();
    const steps = [step('sms-verification', { key: 'sms:a', deadline }), step('sms-verification', { key: 'sms:b', deadline })];
    const rs = remindersForDraft({ draftId: 'd1', progress: { done: { 'sms:a': true } }, steps }, now);
    expect(rs.map((r) => [r.stepKey, r.when - now])).toEqual([['sms:b', 2 * HOUR]]);
    const past = remindersForDraft(
      { draftId: 'd1', progress: { done: {} }, steps: [step('sms-verification', { deadline: new Date(now - HOUR).toISOString() })] },
      now,
    );
    expect(past).toEqual([]);
  });

  it('order validity: 45 days after creation, moot after approval', () => {
    const progress = { done: {}, orderCreatedAt: '2026-05-20T08:00:00.000Z' };
    const d = deadlinesForDraft({ draftId: 'x', progress, steps: [] });
    expect(d).toEqual([{ kind: 'order-validity', stepKey: 'order-validity', deadline: '2026-07-04T08:00:00.000Z' }]);
    const rs = remindersForDraft({ draftId: 'x', progress, steps: [] }, now);
    expect(rs.map((r) => new Date(r.when).toISOString())).toEqual(['2026-06-27T08:00:00.000Z', '2026-07-03T08:00:00.000Z']);
    const approved = deadlinesForDraft({
      draftId: 'x',
      progress: { done: { 'admin-review': true }, orderCreatedAt: progress.orderCreatedAt },
      steps: [step('admin-review')],
    });
    expect(approved).toEqual([]);
  });

  it('PSB filing: planner deadline first, else 30 days after the site opened', () => {
    const fromProgress = deadlinesForDraft({ draftId: 'x', progress: { done: {}, siteOpenedAt: '2026-06-01T00:00:00.000Z' }, steps: [] });
    expect(fromProgress).toEqual([{ kind: 'psb-filing', stepKey: 'psb-filing', deadline: '2026-07-01T00:00:00.000Z' }]);
    const fromPlanner = deadlinesForDraft({
      draftId: 'x',
      progress: { done: {}, siteOpenedAt: '2026-06-01T00:00:00.000Z' },
      steps: [step('psb-filing', { deadline: '2026-07-02T00:00:00.000Z' })],
    });
    expect(fromPlanner[0]?.deadline).toBe('2026-07-02T00:00:00.000Z');
    const ticked = deadlinesForDraft({
      draftId: 'x',
      progress: { done: { 'psb-filing': true }, siteOpenedAt: '2026-06-01T00:00:00.000Z' },
      steps: [step('psb-filing')],
    });
    expect(ticked).toEqual([]);
  });

  it('no dates recorded, no reminders', () => {
    expect(remindersForDraft({ draftId: 'x', progress: { done: {} }, steps: [step('sms-verification'), step('psb-filing')] }, now)).toEqual([]);
  });
});

describe('reminder names', () => {
  it('round-trip, including ids with separators', () => {
    const r = { draftId: 'a|b c', kind: 'sms-window' as const, stepKey: 'sms-verification:138', leadMs: 3600000 };
    expect(parseReminderName(reminderName(r))).toEqual(r);
    expect(parseReminderName('other-alarm')).toBeNull();
    expect(parseReminderName('icp-reminder|a|bogus|k|1')).toBeNull();
  });
});
