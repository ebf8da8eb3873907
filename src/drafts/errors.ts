/** Why a draft could not be read or written; shown to the user, never swallowed. */
export type DraftErrorCode = 'not-found' | 'invalid' | 'quota' | 'blocked' | 'storage';

export class DraftStorageError extends Error {
  override name = 'DraftStorageError';
  constructor(
    readonly code: DraftErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps IndexedDB/Dexie failures to the codes the UI explains (full disk, DB held by an old tab). */
export function toDraftError(err: unknown): DraftStorageError {
  if (err instanceof DraftStorageError) return err;
  const name = errorName(err);
  const msg = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(msg)) {
    return new DraftStorageError('quota', '浏览器存储空间已满，草稿无法保存。/ Browser storage is full: the draft could not be saved.', { cause: err });
  }
  if (['VersionError', 'DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'BlockedError'].includes(name) || /blocked/i.test(msg)) {
    return new DraftStorageError(
      'blocked',
      `草稿数据库不可用（${name}），请关闭本扩展的其他页面或重启浏览器。/ The drafts database is unavailable (${name}): close the extension's other pages or restart the browser.`,
      { cause: err },
    );
  }
  return new DraftStorageError('storage', `草稿存储失败 / Draft storage failed: ${msg}`, { cause: err });
}

function errorName(err: unknown): string {
  if (!err || typeof err !== 'object') return '';
  const e = err as { name?: unknown; inner?: { name?: unknown } };
  // Dexie wraps the IndexedDB error in `inner`.
  if (typeof e.inner?.name === 'string' && e.inner.name !== 'Error') return e.inner.name;
  return typeof e.name === 'string' ? e.name : '';
}

/** A message that names the problem in one line, for `{ error }` replies and notices. */
export function describeError(err: unknown): string {
  return toDraftError(err).message;
}
