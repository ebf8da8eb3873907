import { describe, expect, it } from 'vitest';
import { runSliced } from './run-sliced';

function* count(n: number, seen: number[]): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
  return n;
}

describe('runSliced', () => {
  it('pauses once per slice of work and returns the result', async () => {
    let t = 0;
    const seen: number[] = [];
    let pauses = 0;
    // Each step "costs" 3 ms: a 10 ms slice holds 4 steps.
    const r = await runSliced(count(20, seen), {
      sliceMs: 10,
      now: () => (t += 3),
      pause: async () => {
        pauses++;
      },
    });
    expect(r).toBe(20);
    expect(seen).toHaveLength(20);
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(pauses).toBeLessThanOrEqual(7);
  });

  it('does not pause while the slice has time left', async () => {
    let pauses = 0;
    const r = await runSliced(count(50, []), { sliceMs: 1000, now: () => 0, pause: async () => void pauses++ });
    expect(r).toBe(50);
    expect(pauses).toBe(0);
  });

  it('gives the thread back between slices (other tasks run in between)', async () => {
    let t = 0;
    const order: string[] = [];
    const steps = (function* (): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        order.push(`step${i}`);
        yield;
      }
      return 'done';
    })();
    const p = runSliced(steps, { sliceMs: 1, now: () => (t += 5), pause: () => new Promise((r) => setTimeout(r, 0)) });
    setTimeout(() => order.push('page task'), 0);
    expect(await p).toBe('done');
    expect(order.indexOf('page task')).toBeGreaterThan(0);
    expect(order.indexOf('page task')).toBeLessThan(order.length - 1);
  });

  it('drops the work when cancelled at a pause', async () => {
    let t = 0;
    const seen: number[] = [];
    let cancel = false;
    const r = await runSliced(count(100, seen), {
      sliceMs: 5,
      now: () => (t += 5),
      pause: async () => {
        cancel = true;
      },
      cancelled: () => cancel,
    });
    expect(r).toBeUndefined();
    expect(seen.length).toBeLessThan(5);
  });
});
