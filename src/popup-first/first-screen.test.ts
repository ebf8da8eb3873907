import { IDBFactory, IDBIndex as FakeIndex, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME, DraftsDb } from '../drafts/db';
import { planSummaryHead } from '../drafts/plan-summary-head';
import { DraftRepository } from '../drafts/repository';
import { loadFirstScreen, type FirstApi } from './load-first-screen';
import { NotReadable, openDrafts, parseRow, readRow, recentRows } from './read-summaries';

// The raw reader builds key ranges from the global, as in the popup.
beforeAll(() => {
  (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = IDBKeyRange;
});

const A = 'https://beian.aliyun.com';
const T = 'https://console.cloud.tencent.com';
let clock = Date.parse('2026-11-02T02:00:00.000Z');
const now = () => new Date(clock);

async function seeded(opts: { heads?: boolean } = {}): Promise<{ factory: IDBFactory; repo: DraftRepository; ids: Record<string, string> }> {
  const factory = new IDBFactory();
  const db = new DraftsDb(DB_NAME, { indexedDB: factory, IDBKeyRange, ...(opts.heads === false ? {} : { summaryHead: (d) => planSummaryHead(d, now()) }) });
  const repo = new DraftRepository(db, { now });
  const ids: Record<string, string> = {};
  const add = async (key: string, origin: string, name: string, extra: Record<string, unknown> = {}) => {
    clock += 60_000;
    ids[key] = (await repo.create({ provider: origin === A ? 'aliyun' : 'tencent', origin, fields: { 'subject.name': name, 'subject.province': '天津市', ...extra } })).draft.id;
  };
  await add('a1', A, '甲公司');
  await add('t1', T, '乙公司');
  await add('a2', A, '丙公司', { 'subject.principal.mobile': '13800138000' });
  await add('gone', A, '丁公司');
  await repo.delete(ids.gone!);
  return { factory, repo, ids };
}

function api(tab: { id: number; url: string } | null, settings: unknown = { language: 'en' }, pageDraft?: string): FirstApi {
  return {
    storage: { local: { get: async () => ({ settings }) } },
    tabs: {
      get: async () => tab ?? {},
      query: async () => (tab ? [tab] : []),
      sendMessage: async () => {
        if (pageDraft === undefined) throw new Error('Could not establish connection');
        return { ok: true, value: { draftId: pageDraft, lastSavedAt: null, error: null } };
      },
    },
  };
}

const load = (factory: IDBFactory, a: FirstApi, search = '') => loadFirstScreen({ search, api: a, now: now(), ownOrigin: 'chrome-extension://x', factory });

describe('raw summary reads (no Dexie)', () => {
  it('reads live rows newest first, per origin through the [origin+updatedAt] index, never deleted ones', async () => {
    const { factory, repo, ids } = await seeded();
    repo.close();
    const db = (await openDrafts(factory))!;
    expect((await recentRows(db, 10))!.map((r) => r.id)).toEqual([ids.a2, ids.t1, ids.a1]);
    expect((await recentRows(db, 1, A))!.map((r) => r.id)).toEqual([ids.a2]);
    expect((await recentRows(db, 10, T))!.map((r) => r.id)).toEqual([ids.t1]);
    expect(await readRow(db, ids.gone!)).toBeUndefined();
    const row = (await readRow(db, ids.a2!))!;
    expect(row.head?.next?.id).toBeTypeOf('string');
    expect(row.head?.province).toBe('天津市');
    db.close();
  });

  it('reads the same rows in one batch (getAllRecords) as with a cursor, also past many deleted rows', async () => {
    const { factory, repo, ids } = await seeded();
    // Newer than every live row: more deleted rows than one batch holds (2 × the limit).
    for (let i = 0; i < 5; i++) {
      clock += 60_000;
      await repo.delete((await repo.create({ provider: 'aliyun', origin: A, fields: { 'subject.name': `删${i}` } })).draft.id);
    }
    repo.close();
    const proto = FakeIndex.prototype as { getAllRecords?: unknown };
    const batchRead = proto.getAllRecords;
    expect(batchRead).toBeTypeOf('function');
    const read = async () => {
      const db = (await openDrafts(factory))!;
      const got = [(await recentRows(db, 2))!.map((r) => r.id), (await recentRows(db, 10))!.map((r) => r.id), (await recentRows(db, 1, A))!.map((r) => r.id)];
      db.close();
      return got;
    };
    const expected = [[ids.a2, ids.t1], [ids.a2, ids.t1, ids.a1], [ids.a2]];
    expect(await read()).toEqual(expected);
    try {
      delete proto.getAllRecords;
      expect(await read()).toEqual(expected);
    } finally {
      proto.getAllRecords = batchRead;
    }
  });

  it('creates nothing when there is no database, and refuses an older one (Dexie migrates it)', async () => {
    const empty = new IDBFactory();
    expect(await openDrafts(empty)).toBeNull();
    expect(await empty.databases()).toEqual([]);
    const old = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = old.open(DB_NAME, 30);
      req.onupgradeneeded = () => req.result.createObjectStore('summaries', { keyPath: 'id' });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    await expect(openDrafts(old)).rejects.toBeInstanceOf(NotReadable);
    expect((await old.databases())[0]?.version).toBe(30);
  });

  it('checks rows with limits: an oversized or malformed row is not shown', () => {
    const row = { id: 'x', name: 'n', origin: A, filingType: 'new', updatedAt: '2026-11-01T00:00:00.000Z' };
    expect(parseRow(row)).toEqual(row);
    expect(parseRow({ ...row, name: 'n'.repeat(501) })).toBeNull();
    expect(parseRow({ ...row, filingType: 'appName' })).toBeNull();
    expect(parseRow({ ...row, updatedAt: 'soon' })).toBeNull();
    expect(parseRow({ ...row, id: 5 })).toBeNull();
    expect(parseRow({ ...row, head: { v: 1 } })).toEqual(row);
  });
});

describe('loadFirstScreen', () => {
  it('chooses as the full popup does: ?draft=ID, the tab’s own draft, the tab’s origin, the latest', async () => {
    const { factory, ids } = await seeded();
    const ext = { id: 1, url: 'chrome-extension://x/popup.html' };
    expect((await load(factory, api(ext), `?draft=${ids.a1}`))?.choice).toEqual({ id: ids.a1, reason: 'query' });
    expect((await load(factory, api({ id: 2, url: `${T}/beian` }, { language: 'en' }, ids.a1)))?.choice).toEqual({ id: ids.a1, reason: 'page' });
    expect((await load(factory, api({ id: 2, url: `${T}/beian` })))?.choice).toEqual({ id: ids.t1, reason: 'page' });
    const latest = (await load(factory, api(ext, { language: 'zh' })))!;
    expect(latest.choice).toEqual({ id: ids.a2, reason: 'recent' });
    expect(latest.lang).toBe('zh');
    expect(latest.current?.head?.next).toBeDefined();
    expect(latest.rows.map((r) => r.id)).toEqual([ids.a2, ids.t1, ids.a1]);
  });

  it('shows the empty state without a database', async () => {
    const r = await load(new IDBFactory(), api(null));
    expect(r).toMatchObject({ current: null, rows: [], choice: { id: null, reason: 'none' } });
  });

  it('leaves it to the full popup when it cannot tell the truth at once', async () => {
    // No planner where the rows were written (no head): full path.
    const plain = await seeded({ heads: false });
    expect(await load(plain.factory, api(null))).toBeNull();
    const { factory, ids } = await seeded();
    // An unknown or deleted id: the full popup says it was not found.
    expect(await load(factory, api(null), '?draft=nope')).toBeNull();
    expect(await load(factory, api(null), `?draft=${ids.gone}`)).toBeNull();
    // A head judged on another day is stale.
    const later = await loadFirstScreen({ search: '', api: api(null), now: new Date(clock + 86_400_000), ownOrigin: 'chrome-extension://x', factory });
    expect(later).toBeNull();
  });
});
