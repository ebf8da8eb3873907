import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { defineMessage } from './define-message';
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

describe('must', () => {
  it('adds a custom issue with the message when the predicate fails', () => {
    const schema = z.string().check(must((s) => s.length > 0, 'expected a key'));
    expect(z.safeParse(schema, 'k').success).toBe(true);
    const r = z.safeParse(schema, '');
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'expected a key' })]);
  });
});
