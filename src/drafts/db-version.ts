/**
 * The database's name and schema version, apart from db.ts so the popup's first render can
 * open it with raw IndexedDB without loading Dexie (src/popup-first/).
 */
export const DB_NAME = 'icp-filing-helper';

/** Dexie version of `SCHEMAS` (db.ts); IndexedDB version = this × 10. */
export const CURRENT_VERSION = 4;
