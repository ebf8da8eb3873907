import Dexie, { type DexieOptions, type Table } from 'dexie';
import { summarize } from './summary';
import type { DraftRecord, DraftSummary, RevisionRecord } from './types';

/** The extension's database. Opened only in extension contexts (service worker, popup, options). */
export const DB_NAME = 'icp-filing-helper';

/**
 * Every schema the extension ever shipped, in order. Never edit a shipped version: add a new
 * one with an upgrade function, a fixture DB under test/fixtures/db/ and a migration test.
 */
export const SCHEMAS = {
  /** v1 (0.1): drafts only. */
  1: { drafts: 'id, origin, updatedAt' },
  /** v2: revisions (undo an overwrite), soft delete. */
  2: {
    drafts: 'id, origin, updatedAt, deletedAt',
    revisions: '++seq, draftId, [draftId+seq]',
  },
  /** v3: summaries, so the popup lists 1,000 drafts without reading their field values. */
  3: {
    drafts: 'id, origin, updatedAt, deletedAt',
    revisions: '++seq, draftId, [draftId+seq]',
    summaries: 'id, updatedAt, origin',
  },
} as const;

export const CURRENT_VERSION = 3;

export class DraftsDb extends Dexie {
  drafts!: Table<DraftRecord, string>;
  revisions!: Table<RevisionRecord, number>;
  summaries!: Table<DraftSummary, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade(async (tx) => {
        // v1 records had no url and no write counter; the origin is the best URL we know.
        await tx
          .table<DraftRecord, string>('drafts')
          .toCollection()
          .modify((d) => {
            d.url ??= d.origin;
            d.revision ??= 1;
          });
      });
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade(async (tx) => {
        const drafts = await tx.table<DraftRecord, string>('drafts').toArray();
        await tx.table<DraftSummary, string>('summaries').bulkPut(drafts.map(summarize));
      });
  }
}
