import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftFileSchema } from '../../src/domain/draft-file';
import { DraftsDb } from '../../src/drafts/db';
import { exportDrafts, importDraftsText, parseDraftsText } from '../../src/drafts/export-import';
import { DraftRepository } from '../../src/drafts/repository';

const NOW = new Date('2026-11-22T10:00:00.000Z');
let repo: DraftRepository;

beforeEach(() => {
  repo = new DraftRepository(new DraftsDb('t', { indexedDB: new IDBFactory(), IDBKeyRange }), { now: () => NOW });
});

async function seed(): Promise<string[]> {
  const a = await repo.create({
    provider: 'aliyun',
    origin: 'https://beian.aliyun.com',
    filingType: 'new',
    fields: { 'subject.province': '天津市', 'subject.name': '天津某某科技有限公司', 'website.domains': ['example.com'] },
    progress: { done: { 'sms-verification:13800138000': true } },
  });
  const b = await repo.create({ provider: 'tencent', origin: 'https://console.cloud.tencent.com', filingType: 'transfer', fields: { 'website.icpNumber': '津ICP备12345678号-1' } });
  return [a.draft.id, b.draft.id];
}

const good = { format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.name': 'A', 'subject.principal.mobile': '13800138000' } };

describe('export', () => {
  it('exports one draft as the contract draft file, with name, provider, timestamps and progress', async () => {
    const [id] = await seed();
    const { filename, text } = await exportDrafts(repo, [id!], { now: NOW });
    expect(filename).toBe('icp-draft-天津某某科技有限公司_·_example.com_·_阿里云.json');
    const file = JSON.parse(text);
    expect(DraftFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      format: 'icp-filing-draft',
      version: 1,
      filingType: 'new',
      fields: { 'subject.province': '天津市', 'website.domains': ['example.com'] },
      name: '天津某某科技有限公司 · example.com · 阿里云',
      provider: 'aliyun',
      progress: { done: { 'sms-verification:13800138000': true } },
    });
    expect(file).not.toHaveProperty('id');
  });

  it('exports all drafts as a bundle and round-trips through import (new ids, same content)', async () => {
    const ids = await seed();
    const { filename, text } = await exportDrafts(repo, 'all', { now: NOW });
    expect(filename).toBe('icp-drafts-2026-11-22.json');
    const bundle = JSON.parse(text);
    expect(bundle.format).toBe('icp-filing-drafts');
    expect(bundle.drafts).toHaveLength(2);
    for (const d of bundle.drafts) expect(DraftFileSchema.safeParse(d).success).toBe(true);
    const r = await importDraftsText(repo, text);
    expect(r).toMatchObject({ ok: true, problems: [] });
    expect(r.ids).toHaveLength(2);
    expect(await repo.list()).toHaveLength(4);
    const originals = await repo.getMany(ids);
    const copies = await repo.getMany(r.ids);
    const content = (d: (typeof originals)[number]) => ({ name: d.name, provider: d.provider, origin: d.origin, filingType: d.filingType, fields: d.fields, progress: d.progress, createdAt: d.createdAt });
    expect(copies.map(content).sort((a, b) => a.name.localeCompare(b.name))).toEqual(originals.map(content).sort((a, b) => a.name.localeCompare(b.name)));
    expect(r.ids.some((id) => ids.includes(id))).toBe(false);
  });

  it('encrypts with a passphrase; import needs the same passphrase', async () => {
    await seed();
    const { filename, text } = await exportDrafts(repo, 'all', { passphrase: 'pass phrase', now: NOW });
    expect(filename).toBe('icp-drafts-2026-11-22.encrypted.json');
    expect(text).not.toContain('天津');
    expect(await importDraftsText(repo, text)).toMatchObject({ ok: false, needsPassphrase: true });
    const wrong = await importDraftsText(repo, text, { passphrase: 'nope' });
    expect(wrong).toMatchObject({ ok: false, needsPassphrase: true });
    expect(wrong.problems[0]).toMatch(/Wrong passphrase/);
    expect((await repo.list()).length).toBe(2);
    const right = await importDraftsText(repo, text, { passphrase: 'pass phrase' });
    expect(right.ok).toBe(true);
    expect((await repo.list()).length).toBe(4);
  });
});

describe('import validation', () => {
  const problemsOf = async (text: string) => {
    const r = await parseDraftsText(text);
    return r.ok ? [] : r.problems;
  };

  it('accepts a single file, a bundle and a plain array', async () => {
    for (const text of [
      JSON.stringify(good),
      JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts: [good, good] }),
      JSON.stringify([good]),
    ]) {
      expect(await problemsOf(text)).toEqual([]);
    }
  });

  it('says when the file is not JSON or not a draft file', async () => {
    expect((await problemsOf('{"format": "icp-filing-draft",'))[0]).toMatch(/^\(file\): not JSON/);
    expect(await problemsOf('{"format":"something-else"}')).toEqual([
      'format: expected "icp-filing-draft", "icp-filing-drafts" or "icp-filing-draft-encrypted", got "something-else"',
    ]);
    expect(await problemsOf('[]')).toEqual(['(file): contains no drafts']);
  });

  it('reports EVERY problem with its path: types, unknown keys, secrets, enums, versions', async () => {
    const bad = {
      format: 'icp-filing-draft',
      version: 2,
      filingType: 'renew',
      createdAt: 'yesterday',
      fields: {
        'subject.principal.mobile': 13800138000,
        'website.domains': ['ok.com', 5],
        'subject.colour': 'red',
        smsCode: '123456',
        'website.icpPassword': 'pw',
      },
    };
    const problems = await problemsOf(JSON.stringify(bad));
    expect(problems).toEqual(
      expect.arrayContaining([
        'fields.subject.principal.mobile: expected string, got number',
        'fields.website.domains: expected a list of strings, got array with non-string items',
        'fields.subject.colour: unknown field key "subject.colour" (see CONTRACT.md canonical keys)',
        'fields.smsCode: secret field (captcha, SMS code, ICP filing password) must never be in a draft file',
        'fields.website.icpPassword: secret field (captcha, SMS code, ICP filing password) must never be in a draft file',
      ]),
    );
    expect(problems.some((p) => p.startsWith('version:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('filingType:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('createdAt:'))).toBe(true);
    expect(problems).toHaveLength(8);
  });

  it('prefixes problems inside a bundle with the draft’s index', async () => {
    const text = JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts: [good, { ...good, fields: { 'subject.name': false, captcha: 'x' } }, 'nope'] });
    expect(await problemsOf(text)).toEqual([
      'drafts[1].fields.captcha: secret field (captcha, SMS code, ICP filing password) must never be in a draft file',
      'drafts[2]: expected an object, got string',
    ]);
    expect(await problemsOf(JSON.stringify([good, { ...good, fields: 'x' }]))).toEqual(['[1].fields: expected an object of field values, got string']);
  });

  it('changes nothing when any draft of the file is bad (all or nothing)', async () => {
    await seed();
    const before = await repo.db.drafts.count();
    const text = JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts: [good, good, { ...good, fields: { 'subject.name': 1 } }] });
    const r = await importDraftsText(repo, text);
    expect(r.ok).toBe(false);
    expect(r.ids).toEqual([]);
    expect(r.problems).toEqual(['drafts[2].fields.subject.name: expected string, got number']);
    expect(await repo.db.drafts.count()).toBe(before);
    expect(await repo.db.summaries.count()).toBe(before);
  });
});
