import Dexie from 'dexie';
import type { FieldValues, FilingType } from '../domain/draft-file';
import { StepProgressSchema, type StepProgress } from '../domain/step';
import { BoundedStepProgressSchema } from '../domain/sms-sent-times';
import { DB_NAME, DraftsDb, type SummaryHeadFn } from './db';
import { DraftStorageError, toDraftError } from './errors';
import { mergeFields, splitFields, type FilingSection } from './merge-split';
import { hasValue, sanitizeFields, type DroppedField } from './sanitize';
import { deriveDraftName, summarize } from './summary';
import { headIsCurrent, parseSummaryHead } from './summary-head';
import {
  DraftRecordSchema,
  type DraftRecord,
  type DraftSummary,
  type RevisionReason,
  type RevisionRecord,
  type RevisionSummary,
} from './types';

export type MergeMode = 'merge' | 'replace';

export interface NewDraft {
  provider: DraftRecord['provider'];
  origin: string;
  url?: string;
  filingType?: FilingType;
  fields?: Record<string, unknown>;
  progress?: StepProgress;
  /** Omit to derive it from the subject name / domain. */
  name?: string;
  /** Edit times per key (see `SaveOptions.times`). */
  times?: Record<string, number>;
}

export interface SaveOptions {
  /** `merge` (default): keys not given keep their value (a draft spans several pages). `replace`: the draft becomes exactly `fields`. */
  mergeMode?: MergeMode;
  /** Why the write happens: autosaves keep at most one revision per interval, other writes always keep one. */
  reason?: RevisionReason;
  url?: string;
  filingType?: FilingType;
  /**
   * Edit time (ms) per key, from the page that saw the edit. A key is written only when its
   * time is not older than the draft's own time for it, so a late replay never overwrites a
   * newer value; time 0 (or absent) marks a value merely shown on the page, which only fills
   * a key the draft has no value for. Without `times` every key is written at "now".
   */
  times?: Record<string, number>;
  /** Moves the draft to this origin (a draft the user chose to restore into another site's page). */
  origin?: string;
}

export interface SaveResult {
  draft: DraftRecord;
  /** Keys refused by the sanitiser (secrets, unknown keys, bad values). */
  dropped: DroppedField[];
}

export interface RepositoryOptions {
  /** Revisions kept per draft (oldest dropped first). */
  maxRevisions?: number;
  /** Autosaves keep a revision at most this often; other writes always keep one. */
  autosaveRevisionIntervalMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** With a database name: plans the popup's first screen into each summary row (db.ts). */
  summaryHead?: SummaryHeadFn;
}

export interface PurgeResult {
  /** Drafts not updated within the retention period. */
  expired: string[];
  /** Soft-deleted drafts past their grace period. */
  purged: string[];
}

export const DEFAULT_MAX_REVISIONS = 20;
export const DEFAULT_RETENTION_DAYS = 90;
/** Soft-deleted drafts can be brought back for this long. */
export const DELETED_GRACE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * All reads and writes of drafts. Every record is validated with zod on read and write, every
 * field map passes the sanitiser (no secrets, canonical keys only), and each write updates the
 * draft, its summary row and its revision history in one transaction.
 */
export class DraftRepository {
  readonly db: DraftsDb;
  private readonly maxRevisions: number;
  private readonly revisionIntervalMs: number;
  private readonly now: () => Date;

  constructor(db: DraftsDb | string = DB_NAME, opts: RepositoryOptions = {}) {
    this.db = typeof db === 'string' ? new DraftsDb(db, opts.summaryHead ? { summaryHead: opts.summaryHead } : {}) : db;
    this.maxRevisions = opts.maxRevisions ?? DEFAULT_MAX_REVISIONS;
    this.revisionIntervalMs = opts.autosaveRevisionIntervalMs ?? 60_000;
    this.now = opts.now ?? (() => new Date());
  }

  /** Live drafts, most recently updated first; summaries only (fast with 1,000 drafts). */
  async list(opts: { includeDeleted?: boolean } = {}): Promise<DraftSummary[]> {
    return guard(async () => {
      const rows = await this.db.summaries.orderBy('updatedAt').reverse().toArray();
      return opts.includeDeleted ? rows : rows.filter((r) => !r.deletedAt);
    });
  }

  /** Soft-deleted drafts that can still be brought back. */
  async listDeleted(): Promise<DraftSummary[]> {
    return guard(async () => (await this.db.summaries.orderBy('updatedAt').reverse().toArray()).filter((r) => r.deletedAt));
  }

  /** The draft, or undefined if there is none (or it is deleted, unless asked). */
  async get(id: string, opts: { includeDeleted?: boolean } = {}): Promise<DraftRecord | undefined> {
    return guard(async () => {
      const raw = await this.db.drafts.get(id);
      if (!raw) return undefined;
      const d = parseRecord(raw);
      return d.deletedAt && !opts.includeDeleted ? undefined : d;
    });
  }

  /** A live draft's summary row (no field values): what the popup checks before opening it. */
  async summary(id: string): Promise<DraftSummary | undefined> {
    return guard(async () => {
      const row = await this.db.summaries.get(id);
      return row && !row.deletedAt ? row : undefined;
    });
  }

  async require(id: string): Promise<DraftRecord> {
    const d = await this.get(id);
    if (!d) throw new DraftStorageError('not-found', `No draft with id ${id}`);
    return d;
  }

  /** Live drafts typed on this origin, most recent first. */
  async findForOrigin(origin: string): Promise<DraftSummary[]> {
    return guard(async () => {
      const rows = await this.db.summaries.where('origin').equals(origin).toArray();
      return rows.filter((r) => !r.deletedAt).sort(byUpdatedDesc);
    });
  }

  /** The most recently updated live draft. */
  async latest(): Promise<DraftSummary | undefined> {
    return guard(async () => {
      let found: DraftSummary | undefined;
      await this.db.summaries
        .orderBy('updatedAt')
        .reverse()
        .until(() => found !== undefined)
        .each((s) => {
          if (!s.deletedAt && !found) found = s;
        });
      return found;
    });
  }

  async create(input: NewDraft): Promise<SaveResult> {
    const { fields, dropped } = sanitizeFields(input.fields ?? {});
    const at = this.now().toISOString();
    const draft = newDraftRecord(input, fields, at, at);
    await guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
        await this.db.drafts.add(draft);
        await this.db.summaries.put(this.summaryOf(draft));
      }),
    );
    return { draft, dropped };
  }

  /** Saves field values (autosave, restore, popup edit). Unchanged values write nothing. */
  async saveFields(id: string, input: Record<string, unknown>, opts: SaveOptions = {}): Promise<SaveResult> {
    const { fields, dropped } = sanitizeFields(input);
    const mode = opts.mergeMode ?? 'merge';
    const reason = opts.reason ?? 'autosave';
    const draft = await this.update(id, reason, (old) => {
      const { accepted, fieldTimes } = acceptByTime(old, fields, opts.times, this.now().getTime());
      const next: FieldValues = mode === 'replace' ? accepted : { ...old.fields, ...accepted };
      const changed =
        !sameFields(old.fields, next) ||
        (opts.url !== undefined && opts.url !== old.url) ||
        (opts.origin !== undefined && opts.origin !== old.origin) ||
        (opts.filingType !== undefined && opts.filingType !== old.filingType);
      if (!changed) return undefined;
      return {
        ...old,
        fields: next,
        fieldTimes,
        ...(opts.url !== undefined ? { url: opts.url } : {}),
        ...(opts.origin !== undefined ? { origin: opts.origin } : {}),
        ...(opts.filingType !== undefined ? { filingType: opts.filingType } : {}),
        name: old.nameLocked ? old.name : deriveDraftName(next, old.provider, old.createdAt),
      };
    });
    return { draft, dropped };
  }

  async rename(id: string, name: string): Promise<DraftRecord> {
    const trimmed = name.trim();
    if (!trimmed) throw new DraftStorageError('invalid', 'A draft name cannot be empty.');
    return this.update(id, 'edit', (old) => ({ ...old, name: trimmed.slice(0, 120), nameLocked: true }));
  }

  async setFilingType(id: string, filingType: FilingType): Promise<DraftRecord> {
    return this.update(id, 'edit', (old) => (old.filingType === filingType ? undefined : { ...old, filingType }));
  }

  /** Merges step progress (ticked steps, dates); `done[key] = false` un-ticks. */
  async updateProgress(id: string, progress: Partial<StepProgress>): Promise<DraftRecord> {
    return this.update(id, 'edit', (old) => {
      const merged = BoundedStepProgressSchema.parse({
        ...old.progress,
        ...progress,
        done: { ...old.progress.done, ...(progress.done ?? {}) },
      });
      return { ...old, progress: merged };
    });
  }

  /**
   * Merges `sourceId` into `targetId` (the later edit of each key wins); the source is
   * soft-deleted (undoable) and the target keeps the state before as a revision.
   */
  async merge(targetId: string, sourceId: string): Promise<DraftRecord> {
    if (targetId === sourceId) throw new DraftStorageError('invalid', 'A draft cannot be merged into itself.');
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const target = await this.require(targetId);
        const source = await this.require(sourceId);
        const { fields, fieldTimes } = mergeFields(target, source);
        const done = { ...source.progress.done, ...target.progress.done };
        await this.keepRevision(target, 'edit');
        const merged = await this.putDraft({
          ...target,
          fields,
          fieldTimes,
          progress: StepProgressSchema.parse({ ...source.progress, ...target.progress, done }),
          name: target.nameLocked ? target.name : deriveDraftName(fields, target.provider, target.createdAt),
          updatedAt: this.stamp(target),
          revision: (target.revision ?? 1) + 1,
        });
        await this.putDraft({ ...source, deletedAt: this.now().toISOString() });
        return merged;
      }),
    );
  }

  /** Moves the chosen sections (subject, websites) of a draft into a new draft; both keep their history. */
  async split(id: string, sections: readonly FilingSection[]): Promise<{ kept: DraftRecord; created: DraftRecord }> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const old = await this.require(id);
        const { kept, moved } = splitFields(old.fields, sections);
        if (!Object.values(moved).some(hasValue)) throw new DraftStorageError('invalid', 'Nothing to split off: choose a part that has values.');
        if (!Object.values(kept).some(hasValue)) throw new DraftStorageError('invalid', 'Splitting off every part would leave an empty draft.');
        await this.keepRevision(old, 'edit');
        const at = this.now().toISOString();
        const created = newDraftRecord({ provider: old.provider, origin: old.origin, ...(old.url ? { url: old.url } : {}), filingType: old.filingType }, moved, at, at);
        await this.db.drafts.add(created);
        await this.db.summaries.put(this.summaryOf(created));
        const keptTimes = Object.fromEntries(Object.entries(old.fieldTimes ?? {}).filter(([k]) => k in kept));
        const rest = await this.putDraft({
          ...old,
          fields: kept,
          fieldTimes: keptTimes,
          name: old.nameLocked ? old.name : deriveDraftName(kept, old.provider, old.createdAt),
          updatedAt: this.stamp(old),
          revision: (old.revision ?? 1) + 1,
        });
        return { kept: rest, created };
      }),
    );
  }

  /** Soft delete: hidden from lists, back with `undoDelete` until purged. */
  async delete(id: string): Promise<void> {
    await this.writeRaw(id, (old) => ({ ...old, deletedAt: this.now().toISOString() }), { includeDeleted: false });
  }

  async undoDelete(id: string): Promise<DraftRecord> {
    return this.writeRaw(
      id,
      (old) => {
        if (!old.deletedAt) return old;
        const { deletedAt: _gone, ...rest } = old;
        return rest;
      },
      { includeDeleted: true },
    );
  }

  /** Deletes a draft and its history at once (no undo). */
  async deleteForever(id: string): Promise<void> {
    await guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        await this.removeAll([id]);
      }),
    );
  }

  /** Past states of a draft, newest first. */
  async listRevisions(id: string): Promise<RevisionSummary[]> {
    return guard(async () => {
      const revs = await this.revisionsOf(id);
      return revs.reverse().map((r) => ({
        seq: r.seq!,
        draftId: r.draftId,
        savedAt: r.savedAt,
        reason: r.reason,
        name: r.snapshot.name,
        fieldCount: Object.values(r.snapshot.fields).filter(hasValue).length,
      }));
    });
  }

  /** Goes back to the state before the last kept write; the revision is used up. */
  async undoLast(id: string): Promise<DraftRecord> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const current = await this.require(id);
        const revs = await this.revisionsOf(id);
        const last = revs[revs.length - 1];
        if (!last) throw new DraftStorageError('not-found', 'Nothing to undo for this draft.');
        await this.db.revisions.delete(last.seq!);
        return this.putDraft(this.revert(current, last));
      }),
    );
  }

  /** Brings back one past state; the current state is kept as a revision (so this can be undone). */
  async restoreRevision(id: string, seq: number): Promise<DraftRecord> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const current = await this.require(id);
        const rev = await this.db.revisions.get(seq);
        if (!rev || rev.draftId !== id) throw new DraftStorageError('not-found', `No revision ${seq} of draft ${id}`);
        await this.keepRevision(current, 'revert');
        return this.putDraft(this.revert(current, rev));
      }),
    );
  }

  /**
   * Retention: removes drafts not updated for `retentionDays` (≤ 0 or non-finite: keep forever)
   * and soft-deleted drafts older than the grace period.
   */
  async purgeExpired(now: Date, retentionDays: number = DEFAULT_RETENTION_DAYS): Promise<PurgeResult> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const expired: string[] = [];
        if (Number.isFinite(retentionDays) && retentionDays > 0) {
          const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
          expired.push(...((await this.db.drafts.where('updatedAt').below(cutoff).primaryKeys()) as string[]));
        }
        const graceCutoff = new Date(now.getTime() - DELETED_GRACE_DAYS * DAY_MS).toISOString();
        const purged = (await this.db.drafts.where('deletedAt').below(graceCutoff).primaryKeys()) as string[];
        const all = [...new Set([...expired, ...purged])];
        await this.removeAll(all);
        return { expired, purged: purged.filter((id) => !expired.includes(id)) };
      }),
    );
  }

  /** Full records (export). Unknown ids are an error, so an export never silently drops one. */
  async getMany(ids?: string[]): Promise<DraftRecord[]> {
    return guard(async () => {
      if (!ids) {
        const all = (await this.db.drafts.orderBy('updatedAt').reverse().toArray()).map(parseRecord);
        return all.filter((d) => !d.deletedAt);
      }
      const rows = await this.db.drafts.bulkGet(ids);
      return rows.map((r, i) => {
        if (!r || r.deletedAt) throw new DraftStorageError('not-found', `No draft with id ${ids[i]}`);
        return parseRecord(r);
      });
    });
  }

  /**
   * Adds already-validated drafts (import) in ONE transaction: all or nothing. Each gets a new id
   * so an import never overwrites a draft.
   */
  async importDrafts(items: NewDraft[], meta: { createdAt?: string; updatedAt?: string }[] = []): Promise<DraftRecord[]> {
    const at = this.now().toISOString();
    const records = items.map((input, i) => {
      const { fields, dropped } = sanitizeFields(input.fields ?? {});
      if (dropped.length > 0) {
        throw new DraftStorageError('invalid', `refused fields: ${dropped.map((d) => `${d.key} (${d.reason})`).join(', ')}`);
      }
      return newDraftRecord(input, fields, meta[i]?.createdAt ?? at, meta[i]?.updatedAt ?? at);
    });
    await guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
        await this.db.drafts.bulkAdd(records);
        await this.db.summaries.bulkPut(records.map((r) => this.summaryOf(r)));
      }),
    );
    return records;
  }

  /**
   * Re-plans a live draft's summary head when it is missing or no longer current (a new day,
   * a passed deadline), so the popup's next opening shows its first screen again. Only where
   * this database plans heads; the draft itself is not written.
   */
  async refreshHead(id: string): Promise<void> {
    if (!this.db.summaryHead) return;
    await guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
        const row = await this.db.summaries.get(id);
        if (!row || row.deletedAt) return;
        const head = parseSummaryHead(row.head);
        if (head && headIsCurrent(head, this.now())) return;
        const d = await this.get(id);
        if (d) await this.db.summaries.put(this.summaryOf(d));
      }),
    );
  }

  async count(): Promise<number> {
    return guard(async () => (await this.list()).length);
  }

  close(): void {
    this.db.close();
  }

  // --- internals -------------------------------------------------------------------------

  /** Read-modify-write of a live draft, keeping a revision of the old state per the policy. */
  private async update(
    id: string,
    reason: RevisionReason,
    change: (old: DraftRecord) => DraftRecord | undefined,
  ): Promise<DraftRecord> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, this.db.revisions, async () => {
        const old = await this.require(id);
        const next = change(old);
        if (!next) return old;
        if (await this.shouldKeepRevision(old, reason)) await this.keepRevision(old, reason);
        return this.putDraft({ ...next, updatedAt: this.stamp(old), revision: (old.revision ?? 1) + 1 });
      }),
    );
  }

  /** Write without a revision (delete / undo delete: not content changes). */
  private async writeRaw(
    id: string,
    change: (old: DraftRecord) => DraftRecord,
    opts: { includeDeleted: boolean },
  ): Promise<DraftRecord> {
    return guard(() =>
      this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
        const old = await this.get(id, opts);
        if (!old) throw new DraftStorageError('not-found', `No draft with id ${id}`);
        return this.putDraft(change(old));
      }),
    );
  }

  private async putDraft(d: DraftRecord): Promise<DraftRecord> {
    const valid = parseRecord(d);
    await this.db.drafts.put(valid);
    await this.db.summaries.put(this.summaryOf(valid));
    return valid;
  }

  /** The summary row, with the popup's first screen when this database plans it. */
  private summaryOf(d: DraftRecord): DraftSummary {
    return summarize(d, d.deletedAt ? undefined : this.db.summaryHead?.(d));
  }

  private revert(current: DraftRecord, rev: RevisionRecord): DraftRecord {
    const snap = parseRecord(rev.snapshot);
    return {
      ...snap,
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: this.stamp(current),
      revision: (current.revision ?? 1) + 1,
    };
  }

  /** updatedAt strictly increases per draft, so "newest" is well defined even within a millisecond. */
  private stamp(old: DraftRecord): string {
    const now = this.now().getTime();
    const prev = Date.parse(old.updatedAt);
    return new Date(Math.max(now, prev + 1)).toISOString();
  }

  private async shouldKeepRevision(old: DraftRecord, reason: RevisionReason): Promise<boolean> {
    if (reason !== 'autosave') return true;
    const revs = await this.revisionsOf(old.id);
    const last = revs[revs.length - 1];
    if (!last) return true;
    return this.now().getTime() - Date.parse(last.savedAt) >= this.revisionIntervalMs;
  }

  private async keepRevision(old: DraftRecord, reason: RevisionReason): Promise<void> {
    await this.db.revisions.add({ draftId: old.id, savedAt: this.now().toISOString(), reason, snapshot: old });
    const keys = (await this.db.revisions
      .where('[draftId+seq]')
      .between([old.id, Dexie.minKey], [old.id, Dexie.maxKey])
      .primaryKeys()) as number[];
    const excess = keys.length - this.maxRevisions;
    if (excess > 0) await this.db.revisions.bulkDelete(keys.slice(0, excess));
  }

  /** Oldest first. */
  private async revisionsOf(id: string): Promise<RevisionRecord[]> {
    return this.db.revisions.where('[draftId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
  }

  private async removeAll(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.drafts.bulkDelete(ids);
    await this.db.summaries.bulkDelete(ids);
    await this.db.revisions.where('draftId').anyOf(ids).delete();
  }
}

function parseRecord(raw: unknown): DraftRecord {
  const r = DraftRecordSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DraftStorageError('invalid', `Stored draft is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`);
  }
  return r.data as DraftRecord;
}

/** The keys a save may write under the per-field edit times (see `SaveOptions.times`), and the times after it. */
export function acceptByTime(
  old: Pick<DraftRecord, 'fields' | 'fieldTimes'>,
  fields: FieldValues,
  times: Record<string, number> | undefined,
  nowMs: number,
): { accepted: FieldValues; fieldTimes: Record<string, number> } {
  const fieldTimes = { ...(old.fieldTimes ?? {}) };
  const accepted: FieldValues = {};
  for (const [k, v] of Object.entries(fields)) {
    const t = times ? (times[k] ?? 0) : nowMs;
    if (t <= 0) {
      if (!hasValue(old.fields[k])) accepted[k] = v;
      continue;
    }
    if (t < (fieldTimes[k] ?? 0)) continue;
    accepted[k] = v;
    fieldTimes[k] = t;
  }
  return { accepted, fieldTimes };
}

function sameFields(a: FieldValues, b: FieldValues): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function byUpdatedDesc(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toDraftError(err);
  }
}

/** A new, validated record (revision 1) from sanitised fields; one place for create and import. */
function newDraftRecord(input: NewDraft, fields: FieldValues, createdAt: string, updatedAt: string): DraftRecord {
  const name = input.name?.trim();
  return parseRecord({
    id: newId(),
    name: name || deriveDraftName(fields, input.provider, createdAt),
    ...(name ? { nameLocked: true } : {}),
    provider: input.provider,
    origin: input.origin,
    url: input.url ?? input.origin,
    ...(input.times ? { fieldTimes: acceptByTime({ fields: {} }, fields, input.times, 0).fieldTimes } : {}),
    filingType: input.filingType ?? 'new',
    fields,
    progress: StepProgressSchema.parse(input.progress ?? {}),
    createdAt,
    updatedAt,
    revision: 1,
  });
}
