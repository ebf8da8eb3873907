import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftsDb } from './db';
import { DraftRepository } from './repository';

let clock = Date.parse('2026-11-01T10:00:00.000Z');
const now = () => new Date(clock);

function freshRepo(opts: ConstructorParameters<typeof DraftRepository>[1] = {}): DraftRepository {
  const db = new DraftsDb('test-drafts', { indexedDB: new IDBFactory(), IDBKeyRange });
  return new DraftRepository(db, { now, ...opts });
}

const ORIGIN = 'https://beian.aliyun.com';

describe('DraftRepository', () => {
  let repo: DraftRepository;
  beforeEach(() => {
    clock = Date.parse('2026-11-01T10:00:00.000Z');
    repo = freshRepo();
  });

  it('creates a draft, derives its name from the subject name, and reads it back', async () => {
    const { draft, dropped } = await repo.create({
      provider: 'aliyun',
      origin: ORIGIN,
      url: `${ORIGIN}/subject`,
      fields: { 'subject.name': '天津某某科技有限公司', 'subject.principal.mobile': '13800138000' },
    });
    expect(dropped).toEqual([]);
    expect(draft.name).toBe('天津某某科技有限公司 · 阿里云');
    expect(draft.filingType).toBe('new');
    const back = await repo.get(draft.id);
    expect(back?.fields['subject.principal.mobile']).toBe('13800138000');
    expect(back?.url).toBe(`${ORIGIN}/subject`);
  });

  it('names a draft without subject name by its domain, else provider and date', async () => {
    const a = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'website.domains': ['example.com'] } });
    expect(a.draft.name).toBe('example.com · 阿里云');
    const b = await repo.create({ provider: 'aliyun', origin: ORIGIN });
    expect(b.draft.name).toBe('阿里云 2026-11-01');
  });

  it('never stores secrets or unknown keys, and reports what it refused', async () => {
    const { draft, dropped } = await repo.create({
      provider: 'aliyun',
      origin: ORIGIN,
      fields: { 'subject.name': 'A', smsCode: '123456', captcha: 'x7k2', 'subject.principal.icpPassword': 'pw', 'subject.colour': 'red' },
    });
    expect(Object.keys(draft.fields)).toEqual(['subject.name']);
    expect(dropped.map((d) => `${d.key}:${d.reason}`).sort()).toEqual([
      'captcha:secret',
      'smsCode:secret',
      'subject.colour:unknown-key',
      'subject.principal.icpPassword:secret',
    ]);
    const saved = await repo.saveFields(draft.id, { 'website.name': 'W', 'website.smsCode': '654321' });
    expect(saved.draft.fields).toEqual({ 'subject.name': 'A', 'website.name': 'W' });
    expect(JSON.stringify(await repo.db.drafts.toArray())).not.toMatch(/654321|123456|x7k2/);
  });

  it('merges saves by default and replaces on request; renames follow the subject until renamed by hand', async () => {
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'A' } });
    clock += 1000;
    let d = (await repo.saveFields(draft.id, { 'website.name': 'W', 'subject.name': 'B' })).draft;
    expect(d.fields).toEqual({ 'subject.name': 'B', 'website.name': 'W' });
    expect(d.name).toBe('B · 阿里云');
    expect(d.updatedAt > draft.updatedAt).toBe(true);
    d = await repo.rename(draft.id, '  我的备案  ');
    expect(d.name).toBe('我的备案');
    d = (await repo.saveFields(draft.id, { 'subject.name': 'C' }, { mergeMode: 'replace' })).draft;
    expect(d.fields).toEqual({ 'subject.name': 'C' });
    expect(d.name).toBe('我的备案');
    await expect(repo.rename(draft.id, '   ')).rejects.toThrow(/empty/);
  });

  it('lists summaries newest first, several drafts per origin and provider, without field values', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock += 1000;
      ids.push((await repo.create({ provider: i < 3 ? 'aliyun' : 'tencent', origin: i < 3 ? ORIGIN : 'https://console.cloud.tencent.com', fields: { 'subject.name': `S${i}` } })).draft.id);
    }
    clock += 1000;
    await repo.saveFields(ids[1]!, { 'subject.principal.name': '张三' });
    const list = await repo.list();
    expect(list.map((s) => s.name)).toEqual(['S1 · 阿里云', 'S4 · 腾讯云', 'S3 · 腾讯云', 'S2 · 阿里云', 'S0 · 阿里云']);
    expect(list[0]).not.toHaveProperty('fields');
    expect(list[0]?.fieldCount).toBe(2);
    expect((await repo.findForOrigin(ORIGIN)).map((s) => s.name)).toEqual(['S1 · 阿里云', 'S2 · 阿里云', 'S0 · 阿里云']);
    expect((await repo.latest())?.name).toBe('S1 · 阿里云');
  });

  it('soft-deletes with undo, then purges after the grace period', async () => {
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'A' } });
    expect(await repo.summary(draft.id)).toMatchObject({ id: draft.id, fieldCount: 1 });
    await repo.delete(draft.id);
    expect(await repo.summary(draft.id)).toBeUndefined();
    expect(await repo.list()).toEqual([]);
    expect(await repo.get(draft.id)).toBeUndefined();
    expect(await repo.findForOrigin(ORIGIN)).toEqual([]);
    expect((await repo.listDeleted()).map((s) => s.id)).toEqual([draft.id]);
    const back = await repo.undoDelete(draft.id);
    expect(back.deletedAt).toBeUndefined();
    expect((await repo.list()).map((s) => s.id)).toEqual([draft.id]);
    await repo.delete(draft.id);
    const early = await repo.purgeExpired(new Date(clock + 6 * 86_400_000), 90);
    expect(early).toEqual({ expired: [], purged: [] });
    const late = await repo.purgeExpired(new Date(clock + 8 * 86_400_000), 90);
    expect(late.purged).toEqual([draft.id]);
    expect(await repo.get(draft.id, { includeDeleted: true })).toBeUndefined();
  });

  it('expires drafts not updated within the retention period; 0 keeps forever', async () => {
    const old = (await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'old' } })).draft;
    clock += 40 * 86_400_000;
    const fresh = (await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'new' } })).draft;
    const t = new Date(clock + 60 * 86_400_000); // old: 100 days, fresh: 60 days
    expect(await repo.purgeExpired(t, 0)).toEqual({ expired: [], purged: [] });
    const r = await repo.purgeExpired(t, 90);
    expect(r.expired).toEqual([old.id]);
    expect((await repo.list()).map((s) => s.id)).toEqual([fresh.id]);
    expect(await repo.db.revisions.where('draftId').equals(old.id).count()).toBe(0);
  });

  it('never lets an older edit (a late replay) overwrite a newer one; values only shown fill empty keys', async () => {
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'V1' }, times: { 'subject.name': 1_000 } });
    let d = (await repo.saveFields(draft.id, { 'subject.name': 'V2' }, { times: { 'subject.name': 2_000 } })).draft;
    expect(d.fields['subject.name']).toBe('V2');
    // The V1 edit replayed from a dead tab's copy after V2 was saved: ignored.
    d = (await repo.saveFields(draft.id, { 'subject.name': 'V1', 'subject.investor': '张三' }, { times: { 'subject.name': 1_000, 'subject.investor': 1_000 } })).draft;
    expect(d.fields).toEqual({ 'subject.name': 'V2', 'subject.investor': '张三' });
    // A page that merely shows values (time 0, e.g. an empty reloaded form) fills gaps only.
    d = (await repo.saveFields(draft.id, { 'subject.name': '', 'subject.remarks': '备注' }, { times: {} })).draft;
    expect(d.fields).toEqual({ 'subject.name': 'V2', 'subject.investor': '张三', 'subject.remarks': '备注' });
    // A save without times (popup edit) is "now": a later replay of an older edit cannot undo it.
    d = (await repo.saveFields(draft.id, { 'subject.name': 'V3' })).draft;
    d = (await repo.saveFields(draft.id, { 'subject.name': 'V2' }, { times: { 'subject.name': 2_000 } })).draft;
    expect(d.fields['subject.name']).toBe('V3');
  });

  it('keeps revisions so an overwrite can be undone, at most N per draft', async () => {
    repo = freshRepo({ maxRevisions: 3, autosaveRevisionIntervalMs: 60_000 });
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'v0' } });
    // Autosaves within the interval keep one revision (the state before the burst).
    for (let i = 1; i <= 5; i++) {
      clock += 1000;
      await repo.saveFields(draft.id, { 'subject.name': `v${i}` });
    }
    expect((await repo.listRevisions(draft.id)).map((r) => r.name)).toEqual(['v0 · 阿里云']);
    // A restore / import overwrite always keeps one.
    clock += 1000;
    await repo.saveFields(draft.id, { 'subject.name': 'overwritten' }, { reason: 'restore' });
    let d = await repo.undoLast(draft.id);
    expect(d.fields['subject.name']).toBe('v5');
    expect(d.id).toBe(draft.id);
    for (let i = 0; i < 5; i++) {
      clock += 120_000;
      await repo.saveFields(draft.id, { 'subject.name': `w${i}` });
    }
    const revs = await repo.listRevisions(draft.id);
    expect(revs.map((r) => r.name)).toEqual(['w3 · 阿里云', 'w2 · 阿里云', 'w1 · 阿里云']);
    d = await repo.restoreRevision(draft.id, revs[2]!.seq);
    expect(d.fields['subject.name']).toBe('w1');
    // restoring kept the state it replaced, so it can be undone too
    d = await repo.undoLast(draft.id);
    expect(d.fields['subject.name']).toBe('w4');
    await expect(repo.restoreRevision(draft.id, 99_999)).rejects.toThrow(/No revision/);
  });

  it('writes nothing when a save changes nothing', async () => {
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': 'A' } });
    clock += 5000;
    const same = await repo.saveFields(draft.id, { 'subject.name': 'A' });
    expect(same.draft.updatedAt).toBe(draft.updatedAt);
    expect(await repo.listRevisions(draft.id)).toEqual([]);
  });

  it('merges step progress and un-ticks with false', async () => {
    const { draft } = await repo.create({ provider: 'aliyun', origin: ORIGIN });
    await repo.updateProgress(draft.id, { done: { 'sms-verification:13800138000': true } });
    const d = await repo.updateProgress(draft.id, { done: { 'document-upload': true }, submittedToAdminAt: '2026-11-02' });
    expect(d.progress.done).toEqual({ 'sms-verification:13800138000': true, 'document-upload': true });
    expect(d.progress.submittedToAdminAt).toBe('2026-11-02');
    const e = await repo.updateProgress(draft.id, { done: { 'document-upload': false } });
    expect(e.progress.done['document-upload']).toBe(false);
  });

  it('refuses invalid stored records with a clear error instead of returning garbage', async () => {
    await repo.db.drafts.put({ id: 'bad', name: 'x', provider: 'nope' } as never);
    await expect(repo.get('bad')).rejects.toThrow(/invalid at provider/);
    await expect(repo.saveFields('missing', {})).rejects.toThrow(/No draft with id missing/);
  });
});
