import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftsDb } from '../../src/drafts/db';
import { importDraftsText } from '../../src/drafts/export-import';
import { IMPORT_LIMITS, utf8Bytes } from '../../src/drafts/import-limits';
import { DraftRepository } from '../../src/drafts/repository';
import { sanitizeFields } from '../../src/drafts/sanitize';

/** Import limits: each over-limit file is refused with a clear message and nothing is stored. */
let repo: DraftRepository;
beforeEach(() => {
  repo = new DraftRepository(new DraftsDb('limits', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

const draft = (fields: Record<string, unknown>) => ({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields });
const bundle = (drafts: unknown[]) => JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts });

async function refused(text: string, problem: RegExp): Promise<number> {
  const t0 = performance.now();
  const r = await importDraftsText(repo, text);
  const ms = performance.now() - t0;
  expect(r.ok).toBe(false);
  expect(r.problems.join('\n')).toMatch(problem);
  expect(r.problems.length).toBeLessThanOrEqual(IMPORT_LIMITS.problemsShown + 1);
  expect(await repo.db.drafts.count()).toBe(0);
  return ms;
}

describe('draft import limits', () => {
  it('refuses a file over 5 MB before parsing it', async () => {
    const big = JSON.stringify(draft({ 'subject.remarks': 'x'.repeat(100) })) + ' '.repeat(IMPORT_LIMITS.fileBytes);
    await refused(big, /larger than 5 MB/);
    // Multi-byte text counts in UTF-8 bytes, not characters.
    expect(utf8Bytes('备案')).toBe(6);
    expect(utf8Bytes('a😀')).toBe(5);
    await refused(JSON.stringify(draft({ 'subject.remarks': '备'.repeat(1_800_000) })), /larger than 5 MB/);
  });

  it('refuses 100k website[N] keys quickly, with one message, not 100k', async () => {
    const fields: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) fields[`website[${i}].name`] = 'x';
    const text = JSON.stringify(draft(fields));
    expect(text.length).toBeGreaterThan(2_000_000);
    const ms = await refused(text, /100000 fields, more than the limit of 1200 per draft/);
    // It used to freeze the popup for minutes; now one JSON.parse and a key count (loose bound: shared CI cores).
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a website index over 50, a value over 2,000 characters, and too many drafts per bundle', async () => {
    await refused(JSON.stringify(draft({ 'website[51].name': 'x' })), /fields\.website\[51\]\.name: website index 51 is over the limit of 50/);
    await refused(JSON.stringify(draft({ 'subject.remarks': 'x'.repeat(2_001) })), /fields\.subject\.remarks: value longer than 2000 characters/);
    await refused(JSON.stringify(draft({ 'website.domains': ['a.com', 'b'.repeat(2_001)] })), /value longer than 2000/);
    await refused(bundle(Array.from({ length: 201 }, () => draft({ 'subject.name': 'A' }))), /201 drafts, more than the limit of 200/);
    // At the limits: accepted.
    const ok = await importDraftsText(repo, bundle([draft({ 'website[50].name': 'x', 'subject.remarks': 'y'.repeat(2_000) })]));
    expect(ok.ok).toBe(true);
  });

  it('keeps over-limit values out of every write too (autosave, popup edit)', () => {
    const { fields, dropped } = sanitizeFields({ 'subject.remarks': 'x'.repeat(30_000), 'website[99].name': 'n', 'subject.name': 'ok' });
    expect(fields).toEqual({ 'subject.name': 'ok' });
    expect(dropped.map((d) => d.key).sort()).toEqual(['subject.remarks', 'website[99].name']);
  });
});
