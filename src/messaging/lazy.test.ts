import { describe, expect, it } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('builds on the first call, once, and returns the same value after', () => {
    let built = 0;
    const get = lazy(() => ({ n: ++built }));
    expect(built).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(built).toBe(1);
  });
});
