import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DraftsDb, SCHEMAS, type SummaryHeadFn } from '../../src/drafts/db';
import { planSummaryHead } from '../../src/drafts/plan-summary-head';
import { DraftRepository } from '../../src/drafts/repository';
import { REPO_ROOT } from '../support/build-extension';

/**
 * Migrations from every schema version ever shipped. Each fixture under test/fixtures/db/ is a
 * database as that version wrote it; it is created with RAW IndexedDB (not Dexie, so the
 * current code cannot shape it), then opened with the current DraftsDb.
 */
interface StoreSpec {
  keyPath: string;
  autoIncrement?: boolean;
  indexes: (string | string[])[];
}
interface Fixture {
  dexieVersion: number;
  stores: Record<string, StoreSpec>;
  records: Record<string, Record<string, unknown>[]>;
}

const FIXTURE_DIR = join(REPO_ROOT, 'test/fixtures/db');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.dexieVersion - b.dexieVersion);

const indexName = (i: string | string[]): string => (Array.isArray(i) ? `[${i.join('+')}]` : i);

/** Creates the database exactly as Dexie version N did (IndexedDB version N × 10). */
function buildRawDb(factory: IDBFactory, name: string, fx: Fixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, fx.dexieVersion * 10);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const [store, spec] of Object.entries(fx.stores)) {
        const os = db.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
        for (const idx of spec.indexes) os.createIndex(indexName(idx), idx);
      }
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const stores = Object.keys(fx.records);
      const tx = db.transaction(stores, 'readwrite');
      for (const s of stores) for (const r of fx.records[s]!) tx.objectStore(s).put(r);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function openMigrated(fx: Fixture, opts: { summaryHead?: SummaryHeadFn } = {}): Promise<DraftRepository> {
  const factory = new IDBFactory();
  await buildRawDb(factory, 'icp-filing-helper', fx);
  const db = new DraftsDb('icp-filing-helper', { indexedDB: factory, IDBKeyRange, ...opts });
  await db.open();
  return new DraftRepository(db, { now: () => new Date('2026-04-01T00:00:00.000Z') });
}

describe('drafts database migrations', () => {
  it('has a fixture for every earlier schema version, matching the schema declared in db.ts', () => {
    expect(fixtures.map((f) => f.dexieVersion)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
    for (const fx of fixtures) {
      const declared = SCHEMAS[fx.dexieVersion as keyof typeof SCHEMAS];
      expect(Object.keys(fx.stores).sort()).toEqual(Object.keys(declared).sort());
      for (const [store, spec] of Object.entries(fx.stores)) {
        const parts = (declared as Record<string, string>)[store]!.split(',').map((s) => s.trim());
        expect(parts[0]!.replace(/^\+\+/, '')).toBe(spec.keyPath);
        expect(parts.slice(1)).toEqual(spec.indexes.map(indexName));
      }
    }
  });

  for (const fx of fixtures) {
    describe(`from v${fx.dexieVersion}`, () => {
      it('keeps every draft and its values, and fills the new columns and tables', async () => {
        const repo = await openMigrated(fx);
        expect(repo.db.verno).toBe(CURRENT_VERSION);
        const stored = fx.records.drafts!;
        for (const raw of stored) {
          const d = await repo.get(String(raw.id), { includeDeleted: true });
          expect(d, String(raw.id)).toBeDefined();
          expect(d!.fields).toEqual(raw.fields);
          expect(d!.progress).toEqual(raw.progress);
          expect(d!.name).toBe(raw.name);
          expect(d!.updatedAt).toBe(raw.updatedAt);
          // v2 columns exist after any migration.
          expect(d!.url).toBeTypeOf('string');
          expect(d!.revision).toBeGreaterThanOrEqual(1);
        }
        // v3: summaries exist for every draft, so the list comes from them.
        expect(await repo.db.summaries.count()).toBe(stored.length);
        const live = stored.filter((r) => !r.deletedAt);
        const list = await repo.list();
        expect(list.map((s) => s.id)).toEqual(
          [...live].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt))).map((r) => r.id),
        );
        expect(list.find((s) => s.id === live[0]!.id)?.fieldCount).toBe(Object.keys(live[0]!.fields as object).length);
        repo.close();
      });

      it('v4: plans the popup head of every live draft where the planner is loaded', async () => {
        const asOf = new Date('2026-04-01T00:00:00.000Z');
        const repo = await openMigrated(fx, { summaryHead: (d) => planSummaryHead(d, asOf) });
        for (const raw of fx.records.drafts!) {
          const row = await repo.db.summaries.get(String(raw.id));
          const draft = await repo.get(String(raw.id), { includeDeleted: true });
          if (raw.deletedAt) expect(row?.head).toBeUndefined();
          else expect(row?.head).toEqual(planSummaryHead(draft!, asOf));
        }
        repo.close();
      });

      it('keeps working after the migration: save, undo, soft delete', async () => {
        const repo = await openMigrated(fx);
        const id = String(fx.records.drafts![0]!.id);
        await repo.saveFields(id, { 'subject.remarks': '迁移后编辑' }, { reason: 'edit' });
        const undone = await repo.undoLast(id);
        expect(undone.fields['subject.remarks']).toBeUndefined();
        await repo.delete(id);
        expect((await repo.list()).some((s) => s.id === id)).toBe(false);
        await repo.undoDelete(id);
        expect((await repo.list()).some((s) => s.id === id)).toBe(true);
        repo.close();
      });
    });
  }

  it('from v2: keeps revisions and soft deletes', async () => {
    const fx = fixtures.find((f) => f.dexieVersion === 2)!;
    const repo = await openMigrated(fx);
    const revs = await repo.listRevisions('v1-aliyun-a');
    expect(revs.map((r) => r.name)).toEqual(['天津某某科技']);
    const back = await repo.undoLast('v1-aliyun-a');
    expect(back.fields).toEqual({ 'subject.name': '天津某某科技' });
    expect((await repo.listDeleted()).map((s) => s.id)).toEqual(['v1-tencent']);
    repo.close();
  });
});
