import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftRepository, registerDrafts } from '../../src/background/drafts-service';
import { MessageRouter } from '../../src/messaging/router';

/** The background handlers, through the real router, on fake-indexeddb and WXT's fake browser. */
describe('drafts service (background)', () => {
  const router = new MessageRouter();
  let nextTab = 100;
  /** A content script's sender as the browser reports it: a fresh tab per call unless given. */
  const me = (tab = nextTab++, url = page.url) => ({ id: browser.runtime.id, url, origin: new URL(url).origin, tab: { id: tab }, frameId: 0 });
  const call = (type: string, payload: unknown, sender: { id?: string; frameId?: number } = me()) =>
    router.dispatch({ type, payload }, sender as never) as Promise<{ ok: boolean; value?: any; error?: string }>;
  const page = { origin: 'https://beian.aliyun.com', url: 'https://beian.aliyun.com/subject', provider: 'aliyun' };
  const popup = () => ({ id: browser.runtime.id, url: `chrome-extension://${browser.runtime.id}/popup.html` });

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
    const got = await call('drafts/get', { id }, popup());
    expect(got.value.draft.fields).toEqual({ 'subject.name': '某某公司', 'subject.principal.mobile': '13800138000' });
    expect(JSON.stringify(await draftRepository().db.drafts.toArray())).not.toContain('123456');
  });

  it('matches drafts of the origin whose values overlap the page, with the overlap count', async () => {
    const other = await call('drafts/autosave', { ...page, fields: { 'website.name': '网站' } });
    const m = await call('drafts/match', { origin: page.origin, keys: ['subject.name', 'subject.principal.mobile', 'subject.investor'] });
    expect(m.value.candidates.map((c: { name: string; overlap: number }) => [c.name, c.overlap])).toEqual([['某某公司 · 阿里云', 2]]);
    const tencent = 'https://console.cloud.tencent.com/beian';
    const none = await call('drafts/match', { origin: 'https://console.cloud.tencent.com', keys: ['subject.name'] }, me(nextTab++, tencent));
    expect(none.value.candidates).toEqual([]);
    expect((await call('drafts/match', { origin: page.origin, keys: ['website.name'] })).value.candidates[0].id).toBe(other.value.draftId);
  });

  it('folds a draft the page started into the restored one (soft delete) and keeps a revision on restore saves', async () => {
    const restored = (await call('drafts/match', { origin: page.origin, keys: ['subject.name'] })).value.candidates[0].id as string;
    const stray = (await call('drafts/autosave', { ...page, fields: { 'subject.investor': '张三' } })).value.draftId as string;
    const r = await call('drafts/autosave', { ...page, draftId: restored, fields: { 'subject.investor': '张三' }, discardDraftId: stray, reason: 'restore' });
    expect(r.value.draftId).toBe(restored);
    expect((await call('drafts/get', { id: stray }, popup())).value.draft).toBeNull();
    expect((await draftRepository().listDeleted()).map((s) => s.id)).toContain(stray);
    expect((await draftRepository().listRevisions(restored)).map((v) => v.reason)).toContain('restore');
  });

  it('answers only the extension itself and validates payloads', async () => {
    expect(await call('drafts/get', { id: 'x' }, { id: 'another-extension' })).toEqual({ ok: false, error: 'sender not allowed' });
    const bad = await call('drafts/autosave', { origin: 1 });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/invalid drafts\/autosave/);
  });

  describe('one filing, one draft', () => {
    const o = 'https://beian.example-filing.cn';
    const at = (path: string) => `${o}${path}`;
    const save = (tab: number, path: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      call('drafts/autosave', { origin: o, url: at(path), provider: 'other', fields, ...extra }, me(tab, at(path)));
    const fieldsOf = async (id: string) => (await call('drafts/get', { id }, popup())).value.draft.fields;

    it('keeps adding the start, subject and website pages of one tab to one draft', async () => {
      const start = await save(1, '/start.html', { 'subject.certNumber': '91120104MA06ABCD1M', 'website.domains': 'tjxinghe.com' }, { session: 's1', times: { 'subject.certNumber': 1 } });
      const subject = await save(1, '/subject.html', { 'subject.name': '天津星河', 'subject.principal.mobile': '13800138000' }, { session: 's2', times: { 'subject.name': 2 } });
      const website = await save(1, '/website.html', { 'website.principal.mobile': '13900139000' }, { session: 's3', times: { 'website.principal.mobile': 3 } });
      expect(new Set([start.value.draftId, subject.value.draftId, website.value.draftId]).size).toBe(1);
      expect(await fieldsOf(start.value.draftId)).toMatchObject({ 'subject.certNumber': '91120104MA06ABCD1M', 'subject.name': '天津星河', 'website.principal.mobile': '13900139000' });
      // Another filing in the same tab (a different document number) starts its own draft.
      const other = await save(1, '/start.html', { 'subject.certNumber': '91110000000000000X' }, { session: 's4' });
      expect(other.value.draftId).not.toBe(start.value.draftId);
    });

    it('finds the filing in a new tab by its order id, else by its identifying values; ambiguous: a new draft', async () => {
      const a = await save(10, '/apply?orderId=ORD20261201', { 'subject.name': '甲公司' });
      expect((await save(11, '/website?orderId=ORD20261201', { 'website.name': '甲网' })).value.draftId).toBe(a.value.draftId);
      const b = await save(12, '/subject', { 'subject.certNumber': 'CERT-B-0001', 'subject.name': '乙公司' });
      expect((await save(13, '/subject', { 'subject.certNumber': 'CERT-B-0001', 'subject.remarks': 'x' })).value.draftId).toBe(b.value.draftId);
      expect((await save(14, '/subject', { 'subject.remarks': 'nothing identifying' })).value.draftId).not.toBe(b.value.draftId);
      const typed = await save(16, '/start', { 'subject.certNumber': 'CERT-B-0001' }, { times: { 'subject.certNumber': 9 } });
      expect(typed.value.draftId).toBe(b.value.draftId);
      // Only shown on the page (time 0), not typed: offered first, not joined without the user.
      const shown = await save(15, '/subject', { 'subject.certNumber': 'CERT-B-0001', 'subject.remarks': 'y' }, { times: { 'subject.remarks': 9 } });
      expect(shown.value.draftId).not.toBe(b.value.draftId);
    });

    it('never offers the draft this tab is writing to its next page, only after a reload of the page that wrote it', async () => {
      const d = (await save(20, '/subject.html', { 'subject.name': '丙公司', 'subject.investor': '丙' })).value.draftId;
      const match = (path: string, tab = 20, identity?: Record<string, unknown>) =>
        call('drafts/match', { origin: o, keys: ['subject.name', 'subject.investor'], ...(identity ? { identity } : {}) }, me(tab, at(path)));
      const ids = async (r: Promise<{ value?: any }>) => (await r).value.candidates.map((c: { id: string }) => c.id);
      expect(await ids(match('/website.html'))).not.toContain(d);
      expect(await ids(match('/subject.html'))).toContain(d);
      expect(await ids(match('/subject.html', 21))).toContain(d);
      // A page showing another subject's name is never offered this filing; the matching one comes first.
      expect(await ids(match('/subject.html', 21, { 'subject.name': '丁公司' }))).not.toContain(d);
      await save(22, '/subject.html', { 'subject.name': '戊公司', 'subject.investor': '戊' });
      expect((await ids(match('/subject.html', 23, { 'subject.name': '丙公司' })))[0]).toBe(d);
    });

    it('two saves of one session arriving together (a replay and the live save) make one draft', async () => {
      const [a, b] = await Promise.all([
        save(35, '/subject.html', { 'subject.remarks': 'r1' }, { session: 'sess-race', times: { 'subject.remarks': 1 } }),
        save(35, '/subject.html', { 'subject.investor': 'i1' }, { session: 'sess-race', times: { 'subject.investor': 2 } }),
      ]);
      expect(a.value.draftId).toBe(b.value.draftId);
      expect(await fieldsOf(a.value.draftId)).toEqual({ 'subject.remarks': 'r1', 'subject.investor': 'i1' });
    });

    it('a replayed edit never overwrites a newer value and never makes a second draft', async () => {
      const first = await save(30, '/subject.html', { 'subject.name': 'V1' }, { session: 'sess-replay', times: { 'subject.name': 1_000 } });
      await save(30, '/subject.html', { 'subject.name': 'V2' }, { session: 'sess-replay', draftId: first.value.draftId, times: { 'subject.name': 2_000 } });
      // The V1 copy a dead page left behind, replayed from another tab without a draft id.
      const replay = await save(31, '/other.html', { 'subject.name': 'V1' }, { session: 'sess-replay', times: { 'subject.name': 1_000 } });
      expect(replay.value.draftId).toBe(first.value.draftId);
      expect((await fieldsOf(first.value.draftId))['subject.name']).toBe('V2');
    });
  });

  describe('origin binding (the sender frame, not the payload)', () => {
    it('refuses a save claiming another origin, into another origin\'s draft, or from no web page', async () => {
      const mine = (await call('drafts/autosave', { ...page, fields: { 'subject.name': '本站' } })).value.draftId as string;
      const evil = 'https://evil.example/frame';
      const claimed = await call('drafts/autosave', { ...page, fields: { 'subject.name': 'x' } }, me(40, evil));
      expect(claimed).toMatchObject({ ok: false, error: expect.stringMatching(/origin does not match/) });
      const into = await call('drafts/autosave', { ...page, origin: 'https://evil.example', url: evil, draftId: mine, fields: { 'subject.name': '篡改' } }, me(40, evil));
      expect(into).toMatchObject({ ok: false, error: expect.stringMatching(/another site/) });
      expect((await call('drafts/get', { id: mine }, popup())).value.draft.fields['subject.name']).toBe('本站');
      expect((await call('drafts/autosave', { ...page, fields: {} }, popup())).ok).toBe(false);
    });

    it('answers drafts/fields only for drafts of the asking frame\'s origin, drafts/get only to extension pages', async () => {
      const mine = (await call('drafts/autosave', { ...page, fields: { 'subject.name': '本站2' } })).value.draftId as string;
      expect((await call('drafts/fields', { id: mine })).value.fields['subject.name']).toBe('本站2');
      expect((await call('drafts/fields', { id: mine }, me(41, 'https://evil.example/x'))).value.fields).toBeNull();
      expect((await call('drafts/get', { id: mine })).ok).toBe(false);
      expect((await call('drafts/match', { origin: page.origin, keys: ['subject.name'] }, me(41, 'https://evil.example/x'))).ok).toBe(false);
    });
  });

  describe('a restore the user chose in the popup (drafts/grant)', () => {
    it('lets only the tab\'s top frame read a draft of another origin, which then moves to the page\'s origin', async () => {
      const id = (await call('drafts/autosave', { ...page, fields: { 'subject.name': '导入的' } })).value.draftId as string;
      const here = 'http://127.0.0.1:4000/subject.html';
      const top = { ...me(60, here), frameId: 0 };
      const child = { ...me(60, here), frameId: 3 };
      expect((await call('drafts/fields', { id }, top)).value.fields).toBeNull();
      expect((await call('drafts/grant', { tabId: 60, draftId: id }, me(61))).ok).toBe(false);
      expect((await call('drafts/grant', { tabId: 60, draftId: id }, popup())).ok).toBe(true);
      expect((await call('drafts/fields', { id }, child)).value.fields).toBeNull();
      expect((await call('drafts/fields', { id }, { ...me(62, here), frameId: 0 })).value.fields).toBeNull();
      expect((await call('drafts/fields', { id }, top)).value.fields['subject.name']).toBe('导入的');
      const saved = await call('drafts/autosave', { origin: 'http://127.0.0.1:4000', url: here, provider: 'other', draftId: id, fields: { 'subject.investor': '甲' }, reason: 'restore' }, top);
      expect(saved.value.draftId).toBe(id);
      expect((await call('drafts/get', { id }, popup())).value.draft.origin).toBe('http://127.0.0.1:4000');
    });
  });

  describe('write-ahead copies', () => {
    const key = (s: string) => `icp-wal:${s}`;
    it('replays a copy left by a closed tab into the session\'s draft and removes it; a save covering it removes it too', async () => {
      const first = await call('drafts/autosave', { ...page, fields: { 'subject.investor': '甲' }, session: 'wal-1', times: { 'subject.investor': 5_000 } });
      await browser.storage.local.set({
        [key('wal-1')]: { ...page, session: 'wal-1', draftId: first.value.draftId, fields: { 'subject.investor': '乙', 'subject.smsCode': '123456' }, times: { 'subject.investor': 6_000 }, at: 6_000 },
        [key('wal-old')]: { ...page, session: 'wal-1', draftId: first.value.draftId, fields: { 'subject.investor': '过时' }, times: { 'subject.investor': 1_000 }, at: 1_000 },
        [key('junk')]: { nonsense: true },
      });
      const { replayWriteAhead } = await import('../../src/background/write-ahead-replay');
      const apply = async (w: { origin: string; url: string; provider: string; fields: object; times: object; session: string; draftId?: string }) =>
        call('drafts/autosave', { origin: w.origin, url: w.url, provider: w.provider, fields: w.fields, times: w.times, session: w.session, draftId: w.draftId });
      const r = await replayWriteAhead(apply as never);
      expect(r).toEqual({ replayed: 2, dropped: 1 });
      expect((await call('drafts/get', { id: first.value.draftId }, popup())).value.draft.fields['subject.investor']).toBe('乙');
      expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('icp-wal:'))).toEqual([]);
      expect(JSON.stringify(await draftRepository().db.drafts.toArray())).not.toContain('123456');
      // Acknowledgement: the page's copy goes once its save covers it, stays while newer edits wait.
      await browser.storage.local.set({ [key('wal-2')]: { ...page, session: 'wal-2', fields: { 'subject.remarks': 'a' }, times: { 'subject.remarks': 7_000 }, at: 7_000 } });
      await call('drafts/autosave', { ...page, fields: { 'subject.remarks': 'a' }, session: 'wal-2', times: { 'subject.remarks': 7_000 } });
      expect(await browser.storage.local.get(key('wal-2'))).toEqual({});
      await browser.storage.local.set({ [key('wal-3')]: { ...page, session: 'wal-3', fields: { 'subject.remarks': 'ab' }, times: { 'subject.remarks': 8_000 }, at: 8_000 } });
      await call('drafts/autosave', { ...page, fields: { 'subject.remarks': 'a' }, session: 'wal-3', times: { 'subject.remarks': 7_500 } });
      expect(Object.keys(await browser.storage.local.get(key('wal-3')))).toEqual([key('wal-3')]);
    });

    /**
     * A service worker that starts again (or a browser that starts) over the current storage;
     * `meanwhile` runs before its start replay (1 s, the worker's own timer). Only the newest
     * worker hears tab events, as in the browser.
     */
    const restartWorker = async (browserStart = false, meanwhile?: () => Promise<unknown>) => {
      if (browserStart) await browser.storage.session.clear();
      fakeBrowser.tabs.onRemoved.removeAllListeners();
      registerDrafts(new MessageRouter());
      await meanwhile?.();
      await new Promise((r) => setTimeout(r, 1_300));
    };
    const o = 'https://beian.replay-test.cn';
    const at = (path: string) => `${o}${path}`;
    const save = (tab: number, path: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      call('drafts/autosave', { origin: o, url: at(path), provider: 'other', fields, ...extra }, me(tab, at(path)));
    const hello = (tab: number, path: string, session: string) => call('drafts/match', { origin: o, keys: ['subject.name'], session }, me(tab, at(path)));
    const copy = (session: string, path: string, fields: Record<string, unknown>, ageMs: number) => {
      const t = Date.now() - ageMs;
      return browser.storage.local.set({ [key(session)]: { origin: o, url: at(path), provider: 'other', session, fields, times: Object.fromEntries(Object.keys(fields).map((k) => [k, t])), at: t } });
    };
    const draftsNamed = async (name: string) => (await draftRepository().db.drafts.toArray()).filter((d) => !d.deletedAt && String(d.fields['subject.name'] ?? '').startsWith(name));

    it('a restarted worker leaves a live page\'s copy with no draft (half a name) to the page: one filing, one draft', async () => {
      const first = await save(50, '/subject.html', { 'subject.name': '浸泡乙有限公司', 'subject.remarks': 'r1' }, { session: 'old-page', times: { 'subject.name': 1 } });
      // The tab reloads; the new page is typing the name again and retries its first save (worker stopped).
      await hello(50, '/subject.html', 'live-page');
      await copy('live-page', '/subject.html', { 'subject.name': '浸泡乙有', 'subject.investor': 'i2' }, 6_000);
      await restartWorker();
      expect(await draftsNamed('浸泡乙')).toHaveLength(1);
      expect(Object.keys(await browser.storage.local.get(key('live-page')))).toEqual([key('live-page')]);
      // The page's own save, with the whole name, continues the tab's filing; a later replay of
      // the old copy adds nothing older over it.
      const live = await save(50, '/subject.html', { 'subject.name': '浸泡乙有限公司', 'subject.investor': 'i2' }, { session: 'live-page', times: { 'subject.name': Date.now(), 'subject.investor': Date.now() } });
      expect(live.value.draftId).toBe(first.value.draftId);
      await restartWorker();
      expect(await draftsNamed('浸泡乙')).toHaveLength(1);
      expect((await draftRepository().get(first.value.draftId))?.fields).toMatchObject({ 'subject.name': '浸泡乙有限公司', 'subject.investor': 'i2', 'subject.remarks': 'r1' });
    });

    it('a page that is gone (its tab shows another page, or was closed) is replayed into its tab\'s filing', async () => {
      const first = await save(60, '/subject.html', { 'subject.name': '丁有限公司' }, { session: 'p1', times: { 'subject.name': 1 } });
      await hello(60, '/website.html', 'p2');
      await copy('p2', '/website.html', { 'website.name': '丁网' }, 6_000);
      await hello(60, '/upload.html', 'p3');
      await restartWorker();
      expect((await draftRepository().get(first.value.draftId))?.fields['website.name']).toBe('丁网');
      expect(await browser.storage.local.get(key('p2'))).toEqual({});
      // A closed tab: its page is gone too.
      const second = await save(61, '/subject.html', { 'subject.name': '戊有限公司' }, { session: 'q1', times: { 'subject.name': 1 } });
      await hello(61, '/website.html', 'q2');
      await copy('q2', '/website.html', { 'website.name': '戊网' }, 6_000);
      await restartWorker(false, () => fakeBrowser.tabs.onRemoved.trigger(61, { windowId: 1, isWindowClosing: false }));
      expect((await draftRepository().get(second.value.draftId))?.fields['website.name']).toBe('戊网');
    });

    it('at browser start, copies of the last session are replayed (even with no draft); copies written since are left to their pages', async () => {
      await copy('quit-page', '/subject.html', { 'subject.name': '庚有限公司', 'subject.remarks': 'last edit' }, 10_000);
      // Written while the new browser session's worker replays: a page typing its name.
      setTimeout(() => void copy('new-page', '/subject.html', { 'subject.name': '庚有' }, 0), 300);
      await restartWorker(true);
      const drafts = await draftsNamed('庚');
      expect(drafts.map((d) => d.fields['subject.name'])).toEqual(['庚有限公司']);
      expect(drafts[0]!.fields['subject.remarks']).toBe('last edit');
      expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('icp-wal:'))).toEqual([key('new-page')]);
    });
  });
});

describe('drafts/import in the background', () => {
  const router = new MessageRouter();
  const call = (payload: unknown, url: string) =>
    router.dispatch({ type: 'drafts/import', payload }, { id: browser.runtime.id, url } as never) as Promise<{ ok: boolean; value?: any; error?: string }>;
  beforeAll(() => {
    registerDrafts(router);
  });

  it('imports for the extension\'s pages only, and refuses over-limit files with a clear message', async () => {
    const file = JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.name': '导入公司' } });
    const popupUrl = `chrome-extension://${browser.runtime.id}/popup.html`;
    // In two parts: nothing is imported until the last one arrives.
    const half = Math.floor(file.length / 2);
    const first = await call({ upload: 'upload-1', part: 0, parts: 2, text: file.slice(0, half) }, popupUrl);
    expect(first.value).toMatchObject({ done: false });
    const ok = await call({ upload: 'upload-1', part: 1, parts: 2, text: file.slice(half) }, popupUrl);
    expect(ok.value).toMatchObject({ done: true, ok: true, problems: [] });
    expect((await draftRepository().get(ok.value.ids[0]))?.fields['subject.name']).toBe('导入公司');
    expect((await call({ upload: 'upload-2', part: 0, parts: 1, text: file }, 'https://beian.aliyun.com/x')).ok).toBe(false);
    // A part over its size, or more parts than 5 MB needs: refused by the message schema.
    const huge = await call({ upload: 'upload-3', part: 0, parts: 1, text: 'x'.repeat(256 * 1024 + 1) }, popupUrl);
    expect(huge.error).toMatch(/invalid drafts\/import/);
    expect((await call({ upload: 'upload-4', part: 0, parts: 21, text: 'x' }, popupUrl)).error).toMatch(/invalid drafts\/import/);
  });
});
