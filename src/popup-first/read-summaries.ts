import { CURRENT_VERSION, DB_NAME } from '../drafts/db-version';
import { parseSummaryHead, type SummaryHead } from '../drafts/summary-head';
import { hasString } from '../popup/strings';

/**
 * The popup's first render reads summary rows with raw IndexedDB: no database library, no
 * draft values, a handful of rows. Anything unexpected (no row head, a row over the limits,
 * another schema version) makes the caller take the full path instead of guessing.
 */
export interface FirstRow {
  id: string;
  name: string;
  origin: string;
  filingType: string;
  updatedAt: string;
  head?: SummaryHead;
}

/** Far above real rows; a row over any of them is not shown by the first render. */
export const ROW_LIMITS = { id: 200, name: 500, origin: 2_100, date: 40 } as const;

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A summary row as stored (v4), checked with size limits; `null` when it cannot be shown as is. */
export function parseRow(raw: unknown): FirstRow | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!str(r.id, ROW_LIMITS.id) || r.id === '' || !str(r.name, ROW_LIMITS.name) || !str(r.origin, ROW_LIMITS.origin)) return null;
  if (!str(r.updatedAt, ROW_LIMITS.date) || Number.isNaN(Date.parse(r.updatedAt))) return null;
  if (typeof r.filingType !== 'string' || !hasString(`type.${r.filingType}`)) return null;
  const head = r.head === undefined ? undefined : parseSummaryHead(r.head);
  return { id: r.id, name: r.name, origin: r.origin, filingType: r.filingType, updatedAt: r.updatedAt, ...(head ? { head } : {}) };
}

const isLive = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && !(raw as { deletedAt?: unknown }).deletedAt;

/** Thrown when the database is not the one this code reads (older, newer, or mid-upgrade). */
export class NotReadable extends Error {
  override name = 'NotReadable';
}

/**
 * Opens the drafts database at exactly the current schema version. `null`: there is no
 * database yet (nothing saved; the attempt creates nothing). Throws `NotReadable` for an
 * older database (the full path migrates it) or a newer one.
 */
export function openDrafts(factory: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let none = false;
    const req = factory.open(DB_NAME, CURRENT_VERSION * 10);
    req.onupgradeneeded = (e) => {
      // Never create or migrate here: Dexie owns the schema (src/drafts/db.ts).
      none = e.oldVersion === 0;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = (e) => {
      e.preventDefault();
      if (none) resolve(null);
      else reject(new NotReadable(req.error?.message ?? 'cannot open the drafts database'));
    };
    req.onblocked = () => reject(new NotReadable('blocked'));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Live rows from a cursor, newest first, until `limit` rows (a bad row stops with `null`). */
function walk(source: IDBIndex, range: IDBKeyRange | null, limit: number): Promise<FirstRow[] | null> {
  return new Promise((resolve, reject) => {
    const rows: FirstRow[] = [];
    const req = source.openCursor(range, 'prev');
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      if (isLive(cursor.value)) {
        const row = parseRow(cursor.value);
        if (!row) return resolve(null);
        rows.push(row);
      }
      if (rows.length >= limit) return resolve(rows);
      cursor.continue();
    };
  });
}

/** `IDBIndex.getAllRecords` (Chromium 141+; not yet in TypeScript's DOM types): records in either direction, at once. */
type RecordsIndex = IDBIndex & {
  getAllRecords?(options: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }): IDBRequest<{ value: unknown }[]>;
};

/**
 * The same rows as `walk` in ONE request where the browser can (a cursor pays a round trip to
 * the database per row: most of the first screen's read). `undefined`: not answered here (no
 * `getAllRecords`, or the batch was too full of deleted rows), walk instead.
 */
async function batch(source: RecordsIndex, range: IDBKeyRange | null, limit: number): Promise<FirstRow[] | null | undefined> {
  if (typeof source.getAllRecords !== 'function') return undefined;
  const count = limit * 2;
  const records = await request(source.getAllRecords({ query: range, count, direction: 'prev' }));
  const rows: FirstRow[] = [];
  for (const { value } of records) {
    if (!isLive(value)) continue;
    const row = parseRow(value);
    if (!row) return null;
    rows.push(row);
    if (rows.length >= limit) return rows;
  }
  return records.length < count ? rows : undefined;
}

/** Newest first: one batch where possible, else (or when it cannot tell) a cursor, in a transaction of its own. */
async function newest(source: () => IDBIndex, range: IDBKeyRange | null, limit: number): Promise<FirstRow[] | null> {
  const rows = await batch(source(), range, limit);
  return rows !== undefined ? rows : walk(source(), range, limit);
}

const summaries = (db: IDBDatabase): IDBObjectStore => db.transaction('summaries', 'readonly').objectStore('summaries');

/** One live row by id; `undefined` when absent or deleted, `null` when it cannot be shown. */
export async function readRow(db: IDBDatabase, id: string): Promise<FirstRow | null | undefined> {
  if (!str(id, ROW_LIMITS.id)) return undefined;
  const raw = await request(summaries(db).get(id));
  if (raw === undefined || !isLive(raw)) return undefined;
  return parseRow(raw);
}

/** The most recently edited live rows (the whole database, or one origin), newest first. */
export function recentRows(db: IDBDatabase, limit: number, origin?: string): Promise<FirstRow[] | null> {
  if (origin === undefined) return newest(() => summaries(db).index('updatedAt'), null, limit);
  // `[origin+updatedAt]`: every key of the origin sorts between [origin] and [origin, []].
  return newest(() => summaries(db).index('[origin+updatedAt]'), IDBKeyRange.bound([origin], [origin, []]), limit);
}
