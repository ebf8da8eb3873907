import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineMessage, sendToBackground, sendVia } from './define-message';
import { MessageError } from './envelope';
import { postToBackground } from './post-to-background';
import { must } from './zod-check';

describe('defineMessage', () => {
  it('builds thunk schemas on first use, once', () => {
    let built = 0;
    const def = defineMessage(
      't/lazy',
      () => {
        built++;
        return z.object({ a: z.string() });
      },
      () => z.null(),
    );
    expect(built).toBe(0);
    expect(z.parse(def.request, { a: 'x' })).toEqual({ a: 'x' });
    expect(def.request).toBe(def.request);
    expect(built).toBe(1);
    expect(z.safeParse(def.response, undefined).success).toBe(false);
  });

  it('takes ready schemas as they are', () => {
    const request = z.object({ n: z.number() });
    const def = defineMessage('t/eager', request, z.boolean());
    expect(def.request).toBe(request);
    expect(def.type).toBe('t/eager');
  });
});

const sendDef = defineMessage(
  't/send',
  () => z.object({ n: z.number() }),
  () => z.object({ doubled: z.number() }),
);

describe('sendToBackground', () => {
  afterEach(() => fakeBrowser.reset());
  const def = sendDef;

  it('leaves the request to the receiver (which parses it) and parses the answer', async () => {
    const got: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      got.push(message);
      return Promise.resolve({ ok: true, value: { doubled: 4 } });
    });
    // The background answers a bad request with an error envelope; the sender does not parse it first.
    await expect(sendToBackground(def, { n: 2, extra: 'kept' } as never)).resolves.toEqual({ doubled: 4 });
    expect(got).toEqual([{ type: 't/send', payload: { n: 2, extra: 'kept' } }]);
  });

  it('refuses an answer that does not match its schema', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: { doubled: 'four' } }));
    await expect(sendToBackground(def, { n: 2 })).rejects.toThrow();
  });

  it('other transports still parse the request before sending', async () => {
    const posted: unknown[] = [];
    const post = (m: unknown): Promise<unknown> => (posted.push(m), Promise.resolve({ ok: true, value: { doubled: 2 } }));
    await expect(sendVia(def, { n: 'x' } as never, post)).rejects.toThrow();
    expect(posted).toEqual([]);
  });
});

describe('postToBackground (the content script: by name, no zod)', () => {
  afterEach(() => fakeBrowser.reset());
  const def = sendDef;

  it('sends {type, payload} by name and returns what the background answered', async () => {
    const got: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (got.push(m), Promise.resolve({ ok: true, value: { doubled: 4 } })));
    await expect(postToBackground<typeof def>('t/send', { n: 2 })).resolves.toEqual({ doubled: 4 });
    expect(got).toEqual([{ type: 't/send', payload: { n: 2 } }]);
  });

  it('turns the background’s error into a MessageError', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'invalid t/send: expected number' }));
    await expect(postToBackground<typeof def>('t/send', { n: 2 })).rejects.toThrow(new MessageError('t/send: invalid t/send: expected number'));
  });
});

describe('must', () => {
  it('adds a custom issue with the message when the predicate fails', () => {
    const schema = z.string().check(must((s) => s.length > 0, 'expected a key'));
    expect(z.safeParse(schema, 'k').success).toBe(true);
    const r = z.safeParse(schema, '');
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'expected a key' })]);
  });
});
