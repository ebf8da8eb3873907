import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftRepository, registerDrafts } from '../../src/background/drafts-service';
import { MessageRouter } from '../../src/messaging/router';

/** The background handlers, through the real router, on fake-indexeddb and WXT's fake browser. */
describe('drafts service (background)', () => {
  const router = new MessageRouter();
  const me = () => ({ id: browser.runtime.id });
  const call = (type: string, payload: unknown, sender: { id?: string } = me()) =>
    router.dispatch({ type, payload }, sender as never) as Promise<{ ok: boolean; value?: any; error?: string }>;
  const page = { origin: 'https://beian.aliyun.com', url: 'https://beian.aliyun.com/subject', provider: 'aliyun' };

  beforeAll(() => {
    fakeBrowser.reset();
    registerDrafts(router);
  });

  it('creates a draft on the first autosave and updates it on the next; secrets are dropped and named', async () => {
    const first = await call('drafts/autosave', { ...page, fields: { 'subject.name': '某某公司', 'subject.smsCode': '123456' } });
    expect(first.ok).toBe(true);
    expect(first.value.dropped).toEqual(['subject.smsCode']);
    const id = first.value.draftId as string;
    const second = await call('drafts/autosave', { ...page, draftId: id, fields: { 'subject.principal.mobile': '13800138000' } });
    expect(second.value.draftId).toBe(id);
    const got = await call('drafts/get', { id });
    expect(got.value.draft.fields).toEqual({ 'subject.name': '某某公司', 'subject.principal.mobile': '13800138000' });
    expect(JSON.stringify(await draftRepository().db.drafts.toArray())).not.toContain('123456');
  });

  it('matches drafts of the origin whose values overlap the page, with the overlap count', async () => {
    const other = await call('drafts/autosave', { ...page, fields: { 'website.name': '网站' } });
    const m = await call('drafts/match', { origin: page.origin, keys: ['subject.name', 'subject.principal.mobile', 'subject.investor'] });
    expect(m.value.candidates.map((c: { name: string; overlap: number }) => [c.name, c.overlap])).toEqual([['某某公司', 2]]);
    const none = await call('drafts/match', { origin: 'https://console.cloud.tencent.com', keys: ['subject.name'] });
    expect(none.value.candidates).toEqual([]);
    expect((await call('drafts/match', { origin: page.origin, keys: ['website.name'] })).value.candidates[0].id).toBe(other.value.draftId);
  });

  it('folds a draft the page started into the restored one (soft delete) and keeps a revision on restore saves', async () => {
    const restored = (await call('drafts/match', { origin: page.origin, keys: ['subject.name'] })).value.candidates[0].id as string;
    const stray = (await call('drafts/autosave', { ...page, fields: { 'subject.investor': '张三' } })).value.draftId as string;
    const r = await call('drafts/autosave', { ...page, draftId: restored, fields: { 'subject.investor': '张三' }, discardDraftId: stray, reason: 'restore' });
    expect(r.value.draftId).toBe(restored);
    expect((await call('drafts/get', { id: stray })).value.draft).toBeNull();
    expect((await draftRepository().listDeleted()).map((s) => s.id)).toContain(stray);
    expect((await draftRepository().listRevisions(restored)).map((v) => v.reason)).toContain('restore');
  });

  it('answers only the extension itself and validates payloads', async () => {
    expect(await call('drafts/get', { id: 'x' }, { id: 'another-extension' })).toEqual({ ok: false, error: 'sender not allowed' });
    const bad = await call('drafts/autosave', { origin: 1 });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/invalid drafts\/autosave/);
  });
});
