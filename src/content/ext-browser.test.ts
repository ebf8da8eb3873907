import { afterEach, describe, expect, it, vi } from 'vitest';

type ChromeListener = (m: unknown, s: unknown, respond: (r: unknown) => void) => boolean;

function fakeChrome(sendMessage: (m: unknown) => Promise<unknown>) {
  const listeners = new Set<ChromeListener>();
  return {
    listeners,
    runtime: {
      id: 'abc',
      getURL: (p: string) => `chrome-extension://abc/${p}`,
      sendMessage,
      onMessage: { addListener: (l: ChromeListener) => listeners.add(l), removeListener: (l: ChromeListener) => listeners.delete(l), hasListener: (l: ChromeListener) => listeners.has(l) },
    },
    storage: { session: { marker: 1 } },
  };
}

async function load(globals: { chrome?: unknown; browser?: unknown }) {
  vi.resetModules();
  vi.stubGlobal('chrome', globals.chrome);
  vi.stubGlobal('browser', globals.browser);
  return (await import('./ext-browser')).default;
}

afterEach(() => vi.unstubAllGlobals());

describe('content-script browser API (no polyfill)', () => {
  it('Firefox: the browser object itself', async () => {
    const own = { runtime: { id: 'x' } };
    expect(await load({ browser: own, chrome: fakeChrome(async () => undefined) })).toBe(own);
  });

  it('Chrome: a listener answering with a promise keeps the channel open and answers once settled', async () => {
    const chrome = fakeChrome(async () => undefined);
    const b = await load({ chrome });
    const listener = vi.fn((m: unknown) => (m === 'mine' ? Promise.resolve({ ok: true }) : undefined));
    b.runtime.onMessage.addListener(listener);
    const [w] = [...chrome.listeners];
    const respond = vi.fn();
    expect(w!('other', {}, respond)).toBe(false);
    expect(w!('mine', {}, respond)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(respond).toHaveBeenCalledWith({ ok: true });
    b.runtime.onMessage.removeListener(listener);
    expect(chrome.listeners.size).toBe(0);
  });

  it('Chrome: a rejected answer travels in the polyfill’s shape', async () => {
    const chrome = fakeChrome(async () => undefined);
    const b = await load({ chrome });
    b.runtime.onMessage.addListener(() => Promise.reject(new Error('nope')));
    const respond = vi.fn();
    [...chrome.listeners][0]!('m', {}, respond);
    await new Promise((r) => setTimeout(r, 0));
    expect(respond).toHaveBeenCalledWith({ __mozWebExtensionPolyfillReject__: true, message: 'nope' });
  });

  it('Chrome: an unanswered message resolves undefined; other failures still fail', async () => {
    let fail = 'The message port closed before a response was received.';
    const b = await load({ chrome: fakeChrome(async () => Promise.reject(new Error(fail))) });
    await expect(b.runtime.sendMessage({})).resolves.toBeUndefined();
    fail = 'Could not establish connection. Receiving end does not exist.';
    await expect(b.runtime.sendMessage({})).rejects.toThrow(/Receiving end/);
  });

  it('Chrome: id, getURL and storage come from chrome', async () => {
    const chrome = fakeChrome(async () => undefined);
    const b = await load({ chrome });
    expect(b.runtime.id).toBe('abc');
    expect(b.runtime.getURL('x.html')).toBe('chrome-extension://abc/x.html');
    expect((b.storage as unknown as { session: { marker: number } }).session.marker).toBe(1);
    (chrome.runtime as { id?: string }).id = undefined;
    expect(b.runtime.id).toBeUndefined();
  });
});
