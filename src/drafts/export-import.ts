import * as z from 'zod/mini';
import '../domain/readable-errors';
import { DraftFileSchema, FilingTypeSchema, type DraftFile } from '../domain/draft-file';
import { isCanonicalKey } from '../domain/field-keys';
import { BoundedStepProgressSchema } from '../domain/sms-sent-times';
import { decryptText, DecryptError, encryptText, EncryptedEnvelopeSchema, isEncryptedEnvelope } from './crypto';
import type { DraftRepository, NewDraft } from './repository';
import { IMPORT_LIMITS, overLimit, utf8Bytes } from './import-limits';
import { isListKey, isSecretKey } from './sanitize';
import { ProviderSchema, type DraftRecord } from './types';

/**
 * Export and import of drafts.
 * - One draft: the contract's draft file `{format:'icp-filing-draft', version:1, filingType, fields,
 *   name, provider, origin, createdAt, updatedAt, progress}`.
 * - Several: a bundle `{format:'icp-filing-drafts', version:1, exportedAt, drafts:[<draft file>...]}`.
 *   Import also accepts a plain JSON array of draft files.
 * - Either, encrypted: `{format:'icp-filing-draft-encrypted', version:1, kdf, cipher, salt, iv, ciphertext}`.
 * Import validates everything first and reports every problem with its path; then it adds all
 * drafts in one transaction, or nothing.
 */
export const BUNDLE_FORMAT = 'icp-filing-drafts';

/** The extra top-level properties an exported draft carries (all optional on import). */
const DraftFileExtrasSchema = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  provider: z.optional(ProviderSchema),
  origin: z.optional(z.string()),
  url: z.optional(z.string()),
  createdAt: z.optional(z.iso.datetime({ offset: true })),
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
  progress: z.optional(BoundedStepProgressSchema),
});

export const DraftBundleSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  exportedAt: z.optional(z.string()),
  drafts: z.array(z.unknown()),
});

export type ExportedDraft = DraftFile & z.infer<typeof DraftFileExtrasSchema>;

export function toDraftFile(d: DraftRecord): ExportedDraft {
  return {
    format: 'icp-filing-draft',
    version: 1,
    filingType: d.filingType,
    fields: d.fields,
    name: d.name,
    provider: d.provider,
    origin: d.origin,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    progress: d.progress,
  };
}

export interface ExportOptions {
  passphrase?: string;
  now?: Date;
}

export interface ExportResult {
  filename: string;
  text: string;
}

/** One id: a draft file; several or 'all': a bundle. Encrypted when a passphrase is given. */
export async function exportDrafts(repo: DraftRepository, ids: string[] | 'all', opts: ExportOptions = {}): Promise<ExportResult> {
  const drafts = await repo.getMany(ids === 'all' ? undefined : ids);
  const now = opts.now ?? new Date();
  const single = ids !== 'all' && drafts.length === 1 ? drafts[0] : undefined;
  const body: unknown = single
    ? toDraftFile(single)
    : { format: BUNDLE_FORMAT, version: 1, exportedAt: now.toISOString(), drafts: drafts.map(toDraftFile) };
  let text = JSON.stringify(body, null, 2);
  if (opts.passphrase) text = JSON.stringify(await encryptText(text, opts.passphrase), null, 2);
  const stem = single ? `icp-draft-${safeName(single.name)}` : `icp-drafts-${now.toISOString().slice(0, 10)}`;
  return { filename: `${stem}${opts.passphrase ? '.encrypted' : ''}.json`, text };
}

function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'draft';
}

export interface ImportResult {
  ok: boolean;
  /** Ids of the drafts created (ok). */
  ids: string[];
  /** Every problem, `path: message`, one per line (not ok). Nothing was imported. */
  problems: string[];
  /** The file is encrypted and no (or a wrong) passphrase was given. */
  needsPassphrase?: boolean;
}

export interface ParsedImport {
  drafts: NewDraft[];
  meta: { createdAt?: string }[];
}

/** Parses and validates a file's text without touching storage; throws nothing. */
export async function parseDraftsText(
  text: string,
  opts: { passphrase?: string } = {},
): Promise<{ ok: true; value: ParsedImport } | { ok: false; problems: string[]; needsPassphrase?: boolean }> {
  const tooBig = (t: string): boolean => t.length > IMPORT_LIMITS.fileBytes || utf8Bytes(t) > IMPORT_LIMITS.fileBytes;
  if (tooBig(text)) return { ok: false, problems: [`(file): larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB: not a draft file`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problems: [`(file): not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  if (isEncryptedEnvelope(raw)) {
    const env = EncryptedEnvelopeSchema.safeParse(raw);
    if (!env.success) return { ok: false, problems: env.error.issues.map((i) => formatIssue([], i.path, i.message)) };
    if (!opts.passphrase) return { ok: false, needsPassphrase: true, problems: ['(file): this file is encrypted: enter its passphrase'] };
    try {
      const plain = await decryptText(env.data, opts.passphrase);
      if (tooBig(plain)) return { ok: false, problems: [`(file): decrypted content larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB`] };
      raw = JSON.parse(plain);
    } catch (err) {
      const msg = err instanceof DecryptError ? err.message : `decrypted content is not JSON`;
      return { ok: false, needsPassphrase: err instanceof DecryptError, problems: [`(file): ${msg}`] };
    }
  }

  const problems: string[] = [];
  const items: { at: (string | number)[]; value: unknown }[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((value, i) => items.push({ at: [i], value }));
  } else if (isObject(raw) && raw.format === BUNDLE_FORMAT) {
    const b = DraftBundleSchema.safeParse(raw);
    if (!b.success) return { ok: false, problems: b.error.issues.map((i) => formatIssue([], i.path, i.message)) };
    b.data.drafts.forEach((value, i) => items.push({ at: ['drafts', i], value }));
  } else if (isObject(raw) && raw.format === 'icp-filing-draft') {
    items.push({ at: [], value: raw });
  } else {
    const format = isObject(raw) ? JSON.stringify(raw.format ?? null) : Array.isArray(raw) ? 'array' : typeof raw;
    return {
      ok: false,
      problems: [`format: expected "icp-filing-draft", "${BUNDLE_FORMAT}" or "icp-filing-draft-encrypted", got ${format}`],
    };
  }
  if (items.length === 0) return { ok: false, problems: ['(file): contains no drafts'] };
  if (items.length > IMPORT_LIMITS.draftsPerBundle) {
    return { ok: false, problems: [`(file): ${items.length} drafts, more than the limit of ${IMPORT_LIMITS.draftsPerBundle} per file`] };
  }

  const drafts: NewDraft[] = [];
  const meta: { createdAt?: string }[] = [];
  for (const { at, value } of items) {
    const found = validateDraftFile(value, at);
    problems.push(...found.problems);
    if (found.draft) {
      drafts.push(found.draft);
      meta.push(found.createdAt ? { createdAt: found.createdAt } : {});
    }
  }
  if (problems.length > IMPORT_LIMITS.problemsShown) {
    const more = problems.length - IMPORT_LIMITS.problemsShown;
    return { ok: false, problems: [...problems.slice(0, IMPORT_LIMITS.problemsShown), `(file): and ${more} more problems`] };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { drafts, meta } };
}

/** Validates and imports; a bad file changes nothing (all drafts or none, in one transaction). */
export async function importDraftsText(repo: DraftRepository, text: string, opts: { passphrase?: string } = {}): Promise<ImportResult> {
  const parsed = await parseDraftsText(text, opts);
  if (!parsed.ok) return { ok: false, ids: [], problems: parsed.problems, ...(parsed.needsPassphrase ? { needsPassphrase: true } : {}) };
  try {
    const records = await repo.importDrafts(parsed.value.drafts, parsed.value.meta);
    return { ok: true, ids: records.map((r) => r.id), problems: [] };
  } catch (err) {
    return { ok: false, ids: [], problems: [`(storage): ${err instanceof Error ? err.message : String(err)}`] };
  }
}

function validateDraftFile(value: unknown, at: (string | number)[]): { problems: string[]; draft?: NewDraft; createdAt?: string } {
  const problems: string[] = [];
  if (!isObject(value)) return { problems: [formatIssue(at, [], `expected an object, got ${Array.isArray(value) ? 'array' : typeof value}`)] };
  // Field values are checked here, key by key, so every bad key gets its own precise message.
  const fieldProblems = checkFields(value.fields, at);
  problems.push(...fieldProblems);
  const base = DraftFileSchema.safeParse({ ...value, fields: fieldProblems.length === 0 && isObject(value.fields) ? value.fields : {} });
  if (!base.success) {
    for (const i of base.error.issues) problems.push(formatIssue(at, i.path, i.message));
  }
  const extras = DraftFileExtrasSchema.safeParse(value);
  if (!extras.success) {
    for (const i of extras.error.issues) problems.push(formatIssue(at, i.path, i.message));
  }
  if (problems.length > 0 || !base.success || !extras.success) return { problems };
  const e = extras.data;
  return {
    problems,
    draft: {
      provider: e.provider ?? 'other',
      origin: e.origin ?? '',
      ...(e.url ? { url: e.url } : {}),
      filingType: FilingTypeSchema.parse(base.data.filingType),
      fields: base.data.fields,
      ...(e.progress ? { progress: e.progress } : {}),
      ...(e.name ? { name: e.name } : {}),
    },
    ...(e.createdAt ? { createdAt: e.createdAt } : {}),
  };
}

function checkFields(fields: unknown, at: (string | number)[]): string[] {
  if (fields === undefined) return [formatIssue(at, ['fields'], 'required')];
  if (!isObject(fields)) return [formatIssue(at, ['fields'], `expected an object of field values, got ${describe(fields)}`)];
  const keys = Object.keys(fields);
  if (keys.length > IMPORT_LIMITS.fieldsPerDraft) {
    return [formatIssue(at, ['fields'], `${keys.length} fields, more than the limit of ${IMPORT_LIMITS.fieldsPerDraft} per draft`)];
  }
  const out: string[] = [];
  for (const [key, v] of Object.entries(fields)) {
    const path = [...at, 'fields', key];
    const limit = overLimit(key, v);
    if (limit) {
      out.push(formatIssue(path, [], limit));
      continue;
    }
    if (isSecretKey(key)) {
      out.push(formatIssue(path, [], 'secret field (captcha, SMS code, ICP filing password) must never be in a draft file'));
      continue;
    }
    if (!isCanonicalKey(key)) {
      out.push(formatIssue(path, [], `unknown field key "${key}" (see CONTRACT.md canonical keys)`));
      continue;
    }
    const list = isListKey(key);
    const ok =
      typeof v === 'string' || typeof v === 'boolean' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (!ok) out.push(formatIssue(path, [], `expected ${list ? 'a list of strings' : 'string'}, got ${describe(v)}`));
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.every((s) => typeof s === 'string') ? 'array' : 'array with non-string items';
  return typeof v;
}

/** `drafts.1.fields.subject.principal.mobile: expected string` */
function formatIssue(at: (string | number)[], path: PropertyKey[], message: string): string {
  const p = [...at, ...path]
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');
  return `${p || '(file)'}: ${message}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
