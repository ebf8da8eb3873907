import * as z from 'zod/mini';

/**
 * A check from a predicate, for schemas the content script reaches: unlike `z.int()`,
 * `z.minimum`, `z.minLength` or `z.refine`, it adds no zod schema or check kind to the bundle
 * (each is several hundred bytes there). The issue is a plain `custom` one with `message`.
 */
export function must<T>(ok: (value: T) => boolean, message: string): z.core.$ZodCheck<T> {
  return z.check<T>((ctx) => {
    if (!ok(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });
}
