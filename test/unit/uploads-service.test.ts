import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerUploads, UPLOAD_CHECK_FILE } from '../../src/background/uploads-service';
import { draftRepository } from '../../src/background/drafts-service';
import { MessageRouter } from '../../src/messaging/router';
import { uploadChecks } from '../../src/documents/progress';

type Reply = { ok: boolean; value?: any; error?: string };

/** The upload service through the real router, as the content script and the checker call it. */
describe('uploads service (background)', () => {
  const router = new MessageRouter();
  const self = browser.runtime.id;
  const call = (type: string, payload: unknown, sender: Record<string, unknown>) => router.dispatch({ type, payload }, sender as never) as Promise<Reply>;
  const executeScript = vi.fn(async () => [{ result: undefined }]);

  beforeAll(() => {
    fakeBrowser.reset();
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    registerUploads(router);
  });

  it('injects the checker into the sender’s own tab and frame only', async () => {
    const r = await call('uploads/inject', {}, { id: self, tab: { id: 42 }, frameId: 7, url: 'https://beian.aliyun.com/upload' });
    expect(r).toEqual({ ok: true, value: { injected: true } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 42, frameIds: [7] }, files: [UPLOAD_CHECK_FILE] });
  });

  it('refuses a sender without a tab, and other extensions', async () => {
    executeScript.mockClear();
    expect((await call('uploads/inject', {}, { id: self })).ok).toBe(false);
    expect((await call('uploads/inject', {}, { id: 'other-extension', tab: { id: 1 }, frameId: 0 })).ok).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('records only "checked, n warnings" in the latest draft of the site', async () => {
    const origin = 'https://beian.aliyun.com';
    await draftRepository().create({ origin, url: `${origin}/form`, provider: 'aliyun', fields: { 'subject.name': '示例' } });
    const sender = { id: self, tab: { id: 42, url: `${origin}/upload` }, frameId: 0 };
    expect(await call('uploads/checked', { kind: 'id-card', warnings: 2 }, sender)).toEqual({ ok: true, value: { recorded: true } });
    await call('uploads/checked', { kind: 'id-card', warnings: 0 }, sender);
    const [latest] = await draftRepository().findForOrigin(origin);
    const stored = await draftRepository().require(latest!.id);
    expect(uploadChecks(stored.progress)).toMatchObject({ 'id-card': { checked: 2, warnings: 2 } });
    // Another site has no draft: nothing recorded.
    expect((await call('uploads/checked', { kind: 'id-card', warnings: 1 }, { id: self, tab: { id: 3, url: 'https://example.org/x' } })).value).toEqual({ recorded: false });
  });

  it('rejects anything but a kind and a small count', async () => {
    const sender = { id: self, tab: { id: 42, url: 'https://beian.aliyun.com/upload' } };
    expect((await call('uploads/checked', { kind: 'id-card', warnings: 2, bytes: 'AAAA' }, sender)).ok).toBe(true);
    expect((await call('uploads/checked', { kind: '<img src=x>', warnings: 1 }, sender)).ok).toBe(false);
    expect((await call('uploads/checked', { kind: 'id-card', warnings: -1 }, sender)).ok).toBe(false);
  });
});
