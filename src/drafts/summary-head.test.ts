import { describe, expect, it } from 'vitest';
import { nextUp, progressWithKnownDates } from '../popup/next-step';
import { planForPopup, stagesForPopup } from '../popup/plan';
import { planSummaryHead } from './plan-summary-head';
import { HEAD_LIMITS, headIsCurrent, parseSummaryHead } from './summary-head';
import type { DraftRecord } from './types';

const draft = (over: Partial<DraftRecord> = {}): DraftRecord => ({
  id: 'd1',
  name: '天津某某科技',
  provider: 'aliyun',
  origin: 'https://beian.aliyun.com',
  filingType: 'new',
  fields: { 'subject.province': '天津市', 'subject.name': '天津某某科技有限公司', 'subject.principal.mobile': '13800138000', 'website.domains': ['example.com'] },
  progress: { done: {} },
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
  ...over,
});

const asOf = new Date('2026-11-02T03:00:00.000Z'); // 11:00 in Beijing

describe('planSummaryHead', () => {
  it('holds what the full popup shows: the next step, its deadline, the stage, the province', () => {
    const d = draft({ progress: { done: {}, submittedToAdminAt: '2026-11-02T01:00:00.000Z' } });
    const head = planSummaryHead(d, asOf);
    const steps = planForPopup({ ...d, progress: progressWithKnownDates(d).progress }, asOf);
    const up = nextUp(steps)!;
    expect(head.next?.id).toBe(up.step.id);
    expect(head.next?.key).toBe(up.step.key);
    expect(head.next?.title).toEqual(up.step.title);
    const deadline = head.next?.deadline ?? head.deadline?.deadline;
    expect(deadline).toBe(up.deadline?.at);
    expect(deadline).toBeTypeOf('string');
    expect(head.stage).toBe(stagesForPopup(d, steps, asOf).current);
    expect(head.province).toBe('天津市');
  });

  it('is valid until the end of the Beijing day, or an earlier deadline', () => {
    const quiet = planSummaryHead(draft(), asOf);
    // The order validity (45 days from the draft's first save) is far off: the day ends first.
    expect(quiet.until).toBe('2026-11-02T16:00:00.000Z');
    const late = new Date('2026-12-16T01:00:00.000Z'); // the order's 45 days end on this Beijing day
    const head = planSummaryHead(draft(), late);
    expect(Date.parse(head.until)).toBeLessThanOrEqual(Date.parse('2026-12-16T16:00:00.000Z'));
    const deadlines = [head.next?.deadline, head.deadline?.deadline].filter((x): x is string => !!x).map(Date.parse);
    for (const at of deadlines) if (at > late.getTime()) expect(Date.parse(head.until)).toBeLessThanOrEqual(at);
    expect(headIsCurrent(head, late)).toBe(true);
    expect(headIsCurrent(head, new Date(Date.parse(head.until)))).toBe(false);
    expect(headIsCurrent(head, new Date(late.getTime() - 1))).toBe(false);
  });
});

describe('parseSummaryHead', () => {
  const good = planSummaryHead(draft({ progress: { done: {}, submittedToAdminAt: '2026-11-02T01:00:00.000Z' } }), asOf);

  it('reads back what the planner wrote, and drops anything else', () => {
    expect(parseSummaryHead(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseSummaryHead({ ...good, extra: '<img src=x onerror=alert(1)>' })).toEqual(good);
  });

  it('refuses another version, bad dates, stages, oversized or malformed texts', () => {
    expect(parseSummaryHead({ ...good, v: 2 })).toBeUndefined();
    expect(parseSummaryHead({ ...good, until: 'tomorrow' })).toBeUndefined();
    expect(parseSummaryHead({ ...good, stage: 1.5 })).toBeUndefined();
    expect(parseSummaryHead({ ...good, stage: -1 })).toBeUndefined();
    expect(parseSummaryHead({ ...good, next: { ...good.next, title: { zh: 'x'.repeat(HEAD_LIMITS.title + 1), en: 'x' } } })).toBeUndefined();
    expect(parseSummaryHead({ ...good, next: { ...good.next, title: 'plain' } })).toBeUndefined();
    expect(parseSummaryHead({ ...good, province: 7 })).toBeUndefined();
    expect(parseSummaryHead({ ...good, deadline: { id: 'x', key: 'x', title: { zh: 'a', en: 'a' } } })).toBeUndefined();
    expect(parseSummaryHead(null)).toBeUndefined();
    expect(parseSummaryHead('head')).toBeUndefined();
  });
});

describe('summary rows carry the head', () => {
  it('every write through a planning database re-plans it; other databases write none', async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { DraftsDb } = await import('./db');
    const { DraftRepository } = await import('./repository');
    const factory = new IDBFactory();
    const planning = new DraftRepository(new DraftsDb('h', { indexedDB: factory, IDBKeyRange, summaryHead: (d) => planSummaryHead(d, asOf) }), { now: () => asOf });
    const { draft: d } = await planning.create({ provider: 'aliyun', origin: 'https://beian.aliyun.com', fields: draft().fields });
    const before = (await planning.db.summaries.get(d.id))!.head!;
    expect(before).toEqual(planSummaryHead((await planning.get(d.id))!, asOf));
    await planning.updateProgress(d.id, { submittedToAdminAt: '2026-11-02T01:00:00.000Z' });
    const after = (await planning.db.summaries.get(d.id))!.head!;
    expect(after).toEqual(planSummaryHead((await planning.get(d.id))!, asOf));
    expect(after).not.toEqual(before);
    await planning.delete(d.id);
    expect((await planning.db.summaries.get(d.id))!.head).toBeUndefined();
    await planning.undoDelete(d.id);
    expect((await planning.db.summaries.get(d.id))!.head).toEqual(after);
    planning.close();
    // A head planned on an earlier day is re-planned on request; a current one is left alone.
    let later = new Date(asOf.getTime() + 86_400_000);
    const nextDay = new DraftRepository(new DraftsDb('h', { indexedDB: factory, IDBKeyRange, summaryHead: (x) => planSummaryHead(x, later) }), { now: () => later });
    await nextDay.refreshHead(d.id);
    const fresh = (await nextDay.db.summaries.get(d.id))!.head!;
    expect(fresh.asOf).toBe(later.toISOString());
    later = new Date(later.getTime() + 60_000);
    await nextDay.refreshHead(d.id);
    expect((await nextDay.db.summaries.get(d.id))!.head).toEqual(fresh);
    nextDay.close();
    const plain = new DraftRepository(new DraftsDb('h', { indexedDB: factory, IDBKeyRange }), { now: () => asOf });
    await plain.rename(d.id, 'renamed');
    expect((await plain.db.summaries.get(d.id))!.head).toBeUndefined();
    plain.close();
  }, 20_000);
});
