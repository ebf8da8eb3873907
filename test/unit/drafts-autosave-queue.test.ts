import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveQueue, type AutosaveBatch, type SendOutcome } from '../../src/content/autosave-queue';

/** A background that can be "down" (worker stopped / channel gone) or refuse (storage). */
function fakeBackground() {
  const saved: Record<string, Record<string, unknown>> = {};
  const calls: Omit<AutosaveBatch, 'times'>[] = [];
  const sent: AutosaveBatch[] = [];
  let mode: 'up' | 'down' | 'full' = 'up';
  let n = 0;
  return {
    saved,
    calls,
    sent,
    set: (m: typeof mode) => {
      mode = m;
    },
    async send(b: AutosaveBatch): Promise<SendOutcome> {
      sent.push(structuredClone(b));
      const { times: _t, ...rest } = b;
      calls.push(structuredClone(rest));
      if (mode === 'down') return { ok: false, transient: true, message: 'Could not establish connection' };
      if (mode === 'full') return { ok: false, transient: false, message: 'Browser storage is full' };
      const id = b.draftId ?? `d${++n}`;
      saved[id] = { ...saved[id], ...b.fields };
      return { ok: true, draftId: id };
    },
  };
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces typing into one save, then updates the same draft', async () => {
    const bg = fakeBackground();
    const q = createAutosaveQueue({ send: (b) => bg.send(b), debounceMs: 500 });
    q.push({ 'subject.name': 'A' });
    q.push({ 'subject.name': 'AB' });
    await vi.advanceTimersByTimeAsync(400);
    expect(bg.calls).toHaveLength(0);
    q.push({ 'subject.name': 'ABC' });
    await vi.advanceTimersByTimeAsync(500);
    expect(bg.calls).toEqual([{ fields: { 'subject.name': 'ABC' } }]);
    q.push({ 'subject.principal.mobile': '138' });
    await vi.advanceTimersByTimeAsync(500);
    expect(bg.calls[1]).toEqual({ draftId: 'd1', fields: { 'subject.principal.mobile': '138' } });
    expect(bg.saved).toEqual({ d1: { 'subject.name': 'ABC', 'subject.principal.mobile': '138' } });
  });

  it('keeps edits while the worker is down, mirrors them outside the page, retries with backoff, loses nothing', async () => {
    const bg = fakeBackground();
    const mirror: (Omit<AutosaveBatch, 'times'> | undefined)[] = [];
    const problems: unknown[] = [];
    const q = createAutosaveQueue({
      send: (b) => bg.send(b),
      persistPending: (b) => mirror.push(b && (({ times: _t, ...rest }) => structuredClone(rest))(b)),
      onProblem: (p) => problems.push(p),
      debounceMs: 500,
      retryBaseMs: 250,
      reportAfterFailures: 3,
    });
    q.push({ 'subject.name': 'A' });
    await vi.advanceTimersByTimeAsync(500);
    bg.set('down');
    q.push({ 'subject.principal.name': '张三' });
    await vi.advanceTimersByTimeAsync(500); // fails
    q.push({ 'subject.principal.mobile': '13800138000' }); // typed while down
    await vi.advanceTimersByTimeAsync(250 + 500 + 1000); // more failures (backoff 250, 500, 1000)
    expect(problems).toEqual([{ message: 'Could not establish connection', transient: true }]);
    expect(mirror.at(-1)).toEqual({ draftId: 'd1', fields: { 'subject.principal.name': '张三', 'subject.principal.mobile': '13800138000' } });
    bg.set('up');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bg.saved.d1).toEqual({ 'subject.name': 'A', 'subject.principal.name': '张三', 'subject.principal.mobile': '13800138000' });
    expect(problems.at(-1)).toBeNull();
    expect(mirror.at(-1)).toBeUndefined();
    expect(q.isIdle).toBe(true);
  });

  it('shows a storage refusal at once and keeps the edit for a retry', async () => {
    const bg = fakeBackground();
    const problems: unknown[] = [];
    const q = createAutosaveQueue({ send: (b) => bg.send(b), onProblem: (p) => problems.push(p) });
    bg.set('full');
    q.push({ 'subject.name': 'A' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(problems).toEqual([{ message: 'Browser storage is full', transient: false }]);
    bg.set('up');
    await vi.advanceTimersByTimeAsync(1000);
    expect(bg.saved.d1).toEqual({ 'subject.name': 'A' });
  });

  it('flushes at once (pagehide) and never runs two saves at a time', async () => {
    const bg = fakeBackground();
    let inFlight = 0;
    let maxInFlight = 0;
    const q = createAutosaveQueue({
      send: async (b) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 100));
        inFlight--;
        return bg.send(b);
      },
    });
    q.push({ 'subject.name': 'A' });
    const f1 = q.flush();
    q.push({ 'subject.name': 'AB' });
    const f2 = q.flush();
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([f1, f2]);
    expect(maxInFlight).toBe(1);
    // The second save knew the draft the first one created.
    expect(bg.calls.map((c) => c.draftId)).toEqual([undefined, 'd1']);
    expect(bg.saved).toEqual({ d1: { 'subject.name': 'AB' } });
  });

  it('holds a save for delayMs (half a typed name), mirrored meanwhile; the commit sends the whole value at once', async () => {
    const bg = fakeBackground();
    const copies: (AutosaveBatch | undefined)[] = [];
    const q = createAutosaveQueue({ send: (b) => bg.send(b), debounceMs: 500, persistPending: (b) => copies.push(b) });
    q.push({ 'subject.name': '浸泡测' }, { edited: ['subject.name'], delayMs: 10_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(bg.calls).toEqual([]);
    expect(copies.at(-1)?.fields).toEqual({ 'subject.name': '浸泡测' });
    q.push({ 'subject.name': '浸泡测试甲有限公司' }, { edited: ['subject.name'], delayMs: 10_000 });
    q.push({}, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls).toEqual([{ fields: { 'subject.name': '浸泡测试甲有限公司' } }]);
  });

  it('saves into an adopted draft after a restore', async () => {
    const bg = fakeBackground();
    const q = createAutosaveQueue({ send: (b) => bg.send(b) });
    q.adopt('restored');
    q.push({ 'subject.name': 'X' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls).toEqual([{ draftId: 'restored', fields: { 'subject.name': 'X' } }]);
  });

  it('stamps each key the user edited with its edit time; values only shown on the page carry 0', async () => {
    const bg = fakeBackground();
    const mirror: (AutosaveBatch | undefined)[] = [];
    const q = createAutosaveQueue({ send: (b) => bg.send(b), persistPending: (b) => mirror.push(b && structuredClone(b)) });
    vi.setSystemTime(10_000);
    q.push({ 'subject.name': 'A', 'subject.nature': '企业' }, { edited: ['subject.name'] });
    // The write-ahead copy holds the edit and its time before the debounce ends.
    expect(mirror.at(-1)?.times).toEqual({ 'subject.name': 10_000, 'subject.nature': 0 });
    vi.setSystemTime(11_000);
    q.push({ 'subject.nature': '个人' });
    bg.set('down');
    await vi.advanceTimersByTimeAsync(500);
    vi.setSystemTime(20_000);
    q.push({ 'subject.investor': '张三' }, { edited: ['subject.investor'] });
    bg.set('up');
    await vi.advanceTimersByTimeAsync(10_000);
    // The failed batch went back under the newer edit with its own times.
    expect(bg.sent.at(-1)?.times).toEqual({ 'subject.name': 10_000, 'subject.nature': 0, 'subject.investor': 20_000 });
    expect(mirror.at(-1)).toBeUndefined();
  });
});
