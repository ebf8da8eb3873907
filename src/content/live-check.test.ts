import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../domain/finding';
import type { FormSnapshot } from './form-session-types';
import { createLiveCheck, type RulesAnswer } from './live-check';

const finding = (field: string, rule = 'contact1-mobile'): Finding => ({
  rule,
  field,
  fields: [field],
  severity: 'error',
  message: { zh: 'm', en: 'm' },
  why: { zh: 'w', en: 'w' },
  source: 's',
});

function snap(values: Record<string, string>, cause: FormSnapshot['cause'], changedKeys: string[], trigger?: FormSnapshot['trigger']): FormSnapshot {
  return { recognition: { fields: [], secrets: [], unmapped: [] }, values, changedKeys, cause, trigger };
}

/** Lets pending promise callbacks (the "background" answers) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('live check scheduling', () => {
  function setup() {
    vi.useFakeTimers();
    const onFindings = vi.fn();
    const check = vi.fn(async (values: Record<string, unknown>): Promise<RulesAnswer> => ({ findings: values['m'] === 'bad' ? [finding('m')] : [] }));
    const live = createLiveCheck({ check, onFindings, debounceMs: 120 });
    return { live, check, onFindings };
  }

  it('debounces typing into a clean field and checks at once on blur', async () => {
    const { live, check } = setup();
    live.onSnapshot(snap({ m: 'b' }, 'input', ['m'], 'input'));
    live.onSnapshot(snap({ m: 'ba' }, 'input', ['m'], 'input'));
    expect(check).not.toHaveBeenCalled();
    live.onSnapshot(snap({ m: 'bad' }, 'input', [], 'blur'));
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(check).toHaveBeenCalledTimes(1);
    expect(live.findings()).toHaveLength(1);
  });

  it('re-checks a field with a warning at every keystroke, so a fix clears it at once', async () => {
    const { live, onFindings } = setup();
    live.onSnapshot(snap({ m: 'bad' }, 'initial', ['m']));
    await settle();
    expect(onFindings.mock.calls.at(-1)![0]).toHaveLength(1);
    live.onSnapshot(snap({ m: 'good' }, 'input', ['m'], 'input'));
    await settle();
    expect(onFindings.mock.calls.at(-1)![0]).toHaveLength(0);
  });

  it('runs after the pause while typing', async () => {
    const { live, onFindings } = setup();
    live.onSnapshot(snap({ m: 'bad' }, 'input', ['m'], 'input'));
    await settle();
    expect(onFindings).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(130);
    expect(onFindings).toHaveBeenCalledTimes(1);
  });

  it('retries a failed check once, then keeps the warnings shown and asks for a full run next', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onFindings = vi.fn();
    let fail = 0;
    const check = vi.fn(async (_values: unknown, changed?: string[]): Promise<RulesAnswer> => {
      if (fail > 0) {
        fail--;
        throw new Error('Could not establish connection');
      }
      return { findings: [finding('m')], ...(changed ? { rules: [] } : {}) };
    });
    const live = createLiveCheck({ check, onFindings, retryMs: 10 });
    live.onSnapshot(snap({ m: 'x' }, 'initial', ['m']));
    await settle();
    expect(live.findings()).toHaveLength(1);
    // One failure: the retry answers.
    fail = 1;
    live.onSnapshot(snap({ m: 'y' }, 'mutation', ['m']));
    await vi.advanceTimersByTimeAsync(20);
    expect(check).toHaveBeenCalledTimes(3);
    expect(onFindings).toHaveBeenCalledTimes(2);
    // Two failures: nothing new is shown, the old warning stays.
    fail = 2;
    live.onSnapshot(snap({ m: 'z' }, 'mutation', ['m']));
    await vi.advanceTimersByTimeAsync(20);
    expect(check).toHaveBeenCalledTimes(5);
    expect(onFindings).toHaveBeenCalledTimes(2);
    expect(live.findings()).toHaveLength(1);
    // The next check is a full one even though it comes from typing into the warned field.
    live.onSnapshot(snap({ m: 'zz' }, 'input', ['m'], 'input'));
    await settle();
    expect(check.mock.calls.at(-1)![1]).toBeUndefined();
  });

  it('drops an answer that arrives after a newer one was applied', async () => {
    vi.useFakeTimers();
    const onFindings = vi.fn();
    const pending: Array<(a: RulesAnswer) => void> = [];
    const check = vi.fn(() => new Promise<RulesAnswer>((resolve) => pending.push(resolve)));
    const live = createLiveCheck({ check, onFindings });
    live.onSnapshot(snap({ m: 'old' }, 'initial', ['m']));
    live.onSnapshot(snap({ m: 'new' }, 'mutation', ['m']));
    pending[1]!({ findings: [finding('m', 'new-rule')] });
    await settle();
    pending[0]!({ findings: [finding('m', 'old-rule')] });
    await settle();
    expect(onFindings).toHaveBeenCalledTimes(1);
    expect(live.findings().map((f) => f.rule)).toEqual(['new-rule']);
  });

  it('drops findings on fields removed from the form while the answer was on its way', async () => {
    vi.useFakeTimers();
    const pending: Array<(a: RulesAnswer) => void> = [];
    const check = vi.fn(() => new Promise<RulesAnswer>((resolve) => pending.push(resolve)));
    const onFindings = vi.fn();
    const live = createLiveCheck({ check, onFindings, debounceMs: 100 });
    live.onSnapshot(snap({ a: '1', b: '2' }, 'initial', ['a', 'b']));
    // `b` leaves the form; the typing that follows waits for its pause.
    live.onSnapshot(snap({ a: '11' }, 'input', ['a'], 'input'));
    pending[0]!({ findings: [finding('a'), finding('b')] });
    await settle();
    expect(live.findings().map((f) => f.field)).toEqual(['a']);
    expect(onFindings.mock.calls[0]![1].values).toEqual({ a: '11' });
  });
});

describe('live check: partial runs while typing', () => {
  it('asks for the typed keys only, merges the answer, and runs everything on blur and mutations', async () => {
    vi.useFakeTimers();
    const check = vi.fn(
      async (_values: unknown, changed?: string[]): Promise<RulesAnswer> =>
        changed ? { findings: [finding('b', 'r2')], rules: ['r2'] } : { findings: [finding('a', 'r1')] },
    );
    const live = createLiveCheck({ check, onFindings: () => {}, debounceMs: 50 });
    live.onSnapshot(snap({}, 'initial', []));
    await settle();
    expect(check).toHaveBeenCalledTimes(1);
    live.onSnapshot(snap({ c: '1' }, 'input', ['c'], 'input'));
    live.onSnapshot(snap({ c: '1', b: '2' }, 'input', ['b'], 'input'));
    await vi.advanceTimersByTimeAsync(60);
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]![1]).toEqual(['c', 'b']);
    // r1's finding kept, r2's added.
    expect(live.findings().map((f) => f.rule)).toEqual(['r1', 'r2']);
    live.onSnapshot(snap({ c: '12', b: '2' }, 'input', ['c'], 'input'));
    live.onSnapshot(snap({ c: '12', b: '2' }, 'input', [], 'blur'));
    expect(check).toHaveBeenCalledTimes(3);
    expect(check.mock.calls[2]![1]).toBeUndefined();
    live.onSnapshot(snap({ c: '12', b: '2' }, 'mutation', []));
    expect(check).toHaveBeenCalledTimes(4);
    expect(check.mock.calls[3]![1]).toBeUndefined();
  });
});
