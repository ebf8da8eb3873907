import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../domain/finding';
import type { FormSnapshot } from './form-session-types';
import { createLiveCheck } from './live-check';

const finding = (field: string): Finding => ({
  rule: 'contact1-mobile',
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

describe('live check scheduling', () => {
  function setup() {
    vi.useFakeTimers();
    const onFindings = vi.fn();
    const check = vi.fn((values: Record<string, unknown>) => (values['m'] === 'bad' ? [finding('m')] : []));
    const live = createLiveCheck({ check: check as never, onFindings, debounceMs: 120 });
    return { live, check, onFindings };
  }

  it('debounces typing into a clean field and checks at once on blur', () => {
    const { live, check } = setup();
    live.onSnapshot(snap({ m: 'b' }, 'input', ['m'], 'input'));
    live.onSnapshot(snap({ m: 'ba' }, 'input', ['m'], 'input'));
    expect(check).not.toHaveBeenCalled();
    live.onSnapshot(snap({ m: 'bad' }, 'input', [], 'blur'));
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(check).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('re-checks a field with a warning at every keystroke, so a fix clears it at once', () => {
    const { live, onFindings } = setup();
    live.onSnapshot(snap({ m: 'bad' }, 'initial', ['m']));
    expect(onFindings.mock.calls.at(-1)![0]).toHaveLength(1);
    live.onSnapshot(snap({ m: 'good' }, 'input', ['m'], 'input'));
    expect(onFindings.mock.calls.at(-1)![0]).toHaveLength(0);
    vi.useRealTimers();
  });

  it('runs after the pause while typing', () => {
    const { live, onFindings } = setup();
    live.onSnapshot(snap({ m: 'bad' }, 'input', ['m'], 'input'));
    expect(onFindings).not.toHaveBeenCalled();
    vi.advanceTimersByTime(130);
    expect(onFindings).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('keeps the last findings when a rule throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onFindings = vi.fn();
    let n = 0;
    const live = createLiveCheck({
      check: () => {
        if (n++ > 0) throw new Error('broken');
        return [finding('m')];
      },
      onFindings,
    });
    live.onSnapshot(snap({ m: 'x' }, 'initial', ['m']));
    live.onSnapshot(snap({ m: 'y' }, 'mutation', ['m']));
    expect(live.findings()).toHaveLength(1);
    expect(onFindings).toHaveBeenCalledTimes(1);
  });
});

describe('live check: partial runs while typing', () => {
  it('uses checkChanged for typed keys and a full check on blur and mutations', () => {
    vi.useFakeTimers();
    const check = vi.fn(() => [] as Finding[]);
    const checkChanged = vi.fn(() => [] as Finding[]);
    const live = createLiveCheck({ check, checkChanged, onFindings: () => {}, debounceMs: 50 });
    live.onSnapshot(snap({}, 'initial', []));
    expect(check).toHaveBeenCalledTimes(1);
    live.onSnapshot(snap({ a: '1' }, 'input', ['a'], 'input'));
    live.onSnapshot(snap({ a: '1', b: '2' }, 'input', ['b'], 'input'));
    vi.advanceTimersByTime(60);
    expect(checkChanged).toHaveBeenCalledTimes(1);
    expect((checkChanged.mock.calls[0] as unknown[])[1]).toEqual(['a', 'b']);
    live.onSnapshot(snap({ a: '1', b: '3' }, 'input', ['b'], 'input'));
    live.onSnapshot(snap({ a: '1', b: '3' }, 'input', [], 'blur'));
    expect(check).toHaveBeenCalledTimes(2);
    live.onSnapshot(snap({ a: '1', b: '3' }, 'mutation', []));
    expect(check).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });
});
