import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerFromExtension } from './answer-from-extension';
import { answerExtension } from './answer-message';
import { defineMessage } from './define-message';
import { MessageError, readEnvelope, replyValue } from './envelope';

describe('readEnvelope', () => {
  it('reads {type, payload} and nothing else', () => {
    expect(readEnvelope({ type: 'a/b', payload: { x: 1 } })).toEqual({ type: 'a/b', payload: { x: 1 } });
    expect(readEnvelope({ type: 'a/b' })).toEqual({ type: 'a/b', payload: undefined });
    for (const bad of [null, undefined, 'a/b', 3, [], { type: 1 }, { payload: {} }]) expect(readEnvelope(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('replyValue', () => {
  it('gives the value of an ok reply, throws the error of a failed one', () => {
    expect(replyValue('t', { ok: true, value: 0 })).toBe(0);
    expect(() => replyValue('t', { ok: false, error: 'quota' })).toThrow(new MessageError('t: quota'));
  });

  it('calls anything else no valid reply', () => {
    for (const bad of [undefined, null, {}, { ok: true }, { ok: false }, { ok: 'yes', value: 1 }, { ok: false, error: 3 }]) {
      expect(() => replyValue('t', bad), JSON.stringify(bad)).toThrow(/^t: no valid reply/);
    }
  });
});

describe('answering the extension', () => {
  const own = { id: fakeBrowser.runtime.id };
  const def = defineMessage(
    't/ask',
    () => z.object({ n: z.number() }),
    () => z.object({ found: z.boolean() }),
  );

  it('answers only the extension itself', async () => {
    let ran = 0;
    await expect(answerFromExtension({ id: 'another-extension' }, () => ++ran)).resolves.toEqual({ ok: false, error: 'sender not allowed' });
    await expect(answerFromExtension({}, () => ++ran)).resolves.toEqual({ ok: false, error: 'sender not allowed' });
    expect(ran).toBe(0);
    await expect(answerFromExtension(own, () => ++ran)).resolves.toEqual({ ok: true, value: 1 });
  });

  it('sends an error as a value', async () => {
    await expect(
      answerFromExtension(own, () => {
        throw new Error('no such field');
      }),
    ).resolves.toEqual({ ok: false, error: 'no such field' });
  });

  it('with the schemas: a bad request never reaches the handler, a bad answer is not sent', async () => {
    let ran = 0;
    await expect(answerExtension(def, { n: 'x' }, own, () => (ran++, { found: true }))).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/^invalid t\/ask: /) });
    expect(ran).toBe(0);
    await expect(answerExtension(def, { n: 1 }, own, () => ({ found: 'yes' }) as never)).resolves.toMatchObject({ ok: false });
    await expect(answerExtension(def, { n: 1 }, own, () => ({ found: true }))).resolves.toEqual({ ok: true, value: { found: true } });
  });
});
