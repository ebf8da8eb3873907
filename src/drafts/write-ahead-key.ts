/** The storage.local key prefix of a page session's write-ahead copy (write-ahead.ts); apart, for the content script, which carries no zod. */
export const WRITE_AHEAD_PREFIX = 'icp-wal:';
