import Dexie, { type DexieOptions, type Table } from 'dexie';
import { DB_NAME } from './db-version';
import { summarize } from './summary';
import type { SummaryHead } from './summary-head';
import type { DraftRecord, DraftSummary, RevisionRecord } from './types';

/** Plans a draft's first popup screen (`plan-summary-head.ts`); given where the planner is loaded. */
export type SummaryHeadFn = (d: DraftRecord) => SummaryHead | undefined;

export interface DraftsDbOptions extends DexieOptions {
  /**
   * Writes (and the v4 upgrade) store the popup's first screen on each summary row. Without
   * it (the options page) rows get no head, and the popup takes its full path for them.
   */
  summaryHead?: SummaryHeadFn;
}

/** The extension's database. Opened only in extension contexts (service worker, popup, options). */
export { CURRENT_VERSION, DB_NAME } from './db-version';

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
  /** v4: summaries carry the popup's first screen (`head`); the latest draft of an origin in one index step. */
  4: {
    drafts: 'id, origin, updatedAt, deletedAt',
    revisions: '++seq, draftId, [draftId+seq]',
    summaries: 'id, updatedAt, origin, [origin+updatedAt]',
  },
} as const;


export class DraftsDb extends Dexie {
  drafts!: Table<DraftRecord, string>;
  revisions!: Table<RevisionRecord, number>;
  summaries!: Table<DraftSummary, string>;
  readonly summaryHead: SummaryHeadFn | undefined;

  constructor(name: string = DB_NAME, options: DraftsDbOptions = {}) {
    const { summaryHead, ...dexie } = options;
    super(name, dexie);
    this.summaryHead = summaryHead;
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
        await tx.table<DraftSummary, string>('summaries').bulkPut(drafts.map((d) => summarize(d)));
      });
    this.version(4)
      .stores(SCHEMAS[4])
      .upgrade(async (tx) => {
        if (!summaryHead) return;
        const drafts = await tx.table<DraftRecord, string>('drafts').toArray();
        await tx.table<DraftSummary, string>('summaries').bulkPut(drafts.map((d) => summarize(d, d.deletedAt ? undefined : summaryHead(d))));
      });
  }
}
