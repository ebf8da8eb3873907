import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftsDb } from '../../src/drafts/db';
import { mergeFields, sectionsOf, splitFields } from '../../src/drafts/merge-split';
import { DraftRepository } from '../../src/drafts/repository';

const ORIGIN = 'https://beian.aliyun.com';
let repo: DraftRepository;
beforeEach(() => {
  repo = new DraftRepository(new DraftsDb('ms', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

describe('merge and split (pure)', () => {
  it('merges with the later edit per key; without times the target wins and the source fills gaps', () => {
    const target = { fields: { 'subject.name': 'A', 'subject.investor': '旧', 'subject.remarks': '' }, fieldTimes: { 'subject.investor': 100 } };
    const source = { fields: { 'subject.name': 'B', 'subject.investor': '新', 'subject.remarks': '备注', 'website.name': 'W' }, fieldTimes: { 'subject.investor': 200 } };
    expect(mergeFields(target, source)).toEqual({
      fields: { 'subject.name': 'A', 'subject.investor': '新', 'subject.remarks': '备注', 'website.name': 'W' },
      fieldTimes: { 'subject.investor': 200 },
    });
  });

  it('splits sections off and renumbers the moved websites from 1', () => {
    const fields = { 'subject.name': 'A', 'website.name': 'W1', 'website[1].name': 'W2', 'website[2].domains': ['c.cn'] };
    expect(sectionsOf(fields)).toEqual(['subject', 0, 1, 2]);
    expect(splitFields(fields, [1, 2])).toEqual({
      kept: { 'subject.name': 'A', 'website.name': 'W1' },
      moved: { 'website.name': 'W2', 'website[1].domains': ['c.cn'] },
    });
  });
});

describe('merge and split (repository)', () => {
  it('merges two drafts into one (the other soft-deleted, the merge undoable) and splits one off again', async () => {
    const a = (await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': '甲', 'subject.principal.mobile': '13800138000' } })).draft;
    const b = (await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'website.name': '甲网', 'website.principal.mobile': '13900139000' } })).draft;
    const merged = await repo.merge(a.id, b.id);
    expect(merged.fields).toEqual({ 'subject.name': '甲', 'subject.principal.mobile': '13800138000', 'website.name': '甲网', 'website.principal.mobile': '13900139000' });
    expect((await repo.list()).map((s) => s.id)).toEqual([a.id]);
    expect((await repo.listDeleted()).map((s) => s.id)).toEqual([b.id]);
    expect((await repo.undoLast(a.id)).fields).toEqual(a.fields);
    await expect(repo.merge(a.id, b.id)).rejects.toThrow(/No draft/); // b is deleted now
    await expect(repo.merge(a.id, a.id)).rejects.toThrow(/itself/);

    const again = (await repo.create({ provider: 'aliyun', origin: ORIGIN, fields: { 'subject.name': '乙', 'website.name': '乙网', 'website[1].name': '丙网' } })).draft;
    const { kept, created } = await repo.split(again.id, [1]);
    expect(kept.fields).toEqual({ 'subject.name': '乙', 'website.name': '乙网' });
    expect(created.fields).toEqual({ 'website.name': '丙网' });
    expect(created.origin).toBe(ORIGIN);
    expect(created.name).toBe('丙网 · 阿里云');
    await expect(repo.split(again.id, ['subject', 0])).rejects.toThrow(/empty draft/);
    await expect(repo.split(again.id, [5])).rejects.toThrow(/Nothing to split/);
  });
});
