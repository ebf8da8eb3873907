import { describe, expect, it } from 'vitest';
import { formatDuration, formatMobile, fromLocalInput, tickInterval, toLocalInput } from './format';
import { chooseDraft, pickInitialDraft } from './select-draft';
import { ALL_STRING_KEYS, RAW_STRINGS, t } from './strings';

describe('formatDuration', () => {
  it('shows coarser units far from the deadline and seconds near it', () => {
    expect(formatDuration((2 * 24 + 3) * 3_600_000 + 5000, 'en')).toBe('2 d 3 h');
    expect(formatDuration(5 * 3_600_000 + 7 * 60_000, 'en')).toBe('5 h 07 min');
    expect(formatDuration(4 * 60_000 + 9000, 'en')).toBe('4 min 09 s');
    expect(formatDuration(4 * 60_000 + 9000, 'zh')).toBe('4分09秒');
    expect(formatDuration(-(3 * 3_600_000), 'zh')).toBe('3小时00分');
  });
  it('ticks as often as the shown precision needs', () => {
    expect(tickInterval(3 * 86_400_000)).toBe(3_600_000);
    expect(tickInterval(2 * 3_600_000)).toBe(60_000);
    expect(tickInterval(59_000)).toBe(1000);
  });
});

describe('datetime-local round trip', () => {
  it('keeps minutes', () => {
    const iso = fromLocalInput('2026-06-01T14:05');
    expect(iso).toMatch(/^2026-0[56]-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-06-01T14:05');
  });
  it('refuses junk', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('yesterday')).toBeUndefined();
    expect(toLocalInput('nope')).toBe('');
  });
  it('groups mobiles', () => {
    expect(formatMobile('13800138000')).toBe('138 0013 8000');
    expect(formatMobile('086-010-1234')).toBe('086-010-1234');
  });
});

describe('chooseDraft', () => {
  const summaries = [
    { id: 'a', origin: 'https://beian.aliyun.com', updatedAt: '2026-05-01T00:00:00Z' },
    { id: 'b', origin: 'https://console.cloud.tencent.com', updatedAt: '2026-05-03T00:00:00Z' },
    { id: 'c', origin: 'https://beian.aliyun.com', updatedAt: '2026-05-02T00:00:00Z' },
  ];
  it('prefers ?draft=ID', () => {
    expect(chooseDraft({ queryId: 'a', pageOrigin: 'https://console.cloud.tencent.com', summaries })).toEqual({ id: 'a', reason: 'query' });
  });
  it('then the page draft, then the latest on the page origin', () => {
    expect(chooseDraft({ queryId: null, pageDraftId: 'a', summaries })).toEqual({ id: 'a', reason: 'page' });
    expect(chooseDraft({ queryId: null, pageOrigin: 'https://beian.aliyun.com', summaries })).toEqual({ id: 'c', reason: 'page' });
  });
  it('else the most recently edited, else none', () => {
    expect(chooseDraft({ queryId: null, pageOrigin: 'https://example.com', summaries })).toEqual({ id: 'b', reason: 'recent' });
    expect(chooseDraft({ queryId: null, summaries: [] })).toEqual({ id: null, reason: 'none' });
  });
});

describe('strings', () => {
  it('every string exists in both languages with the same placeholders', () => {
    for (const key of ALL_STRING_KEYS) {
      const { zh, en } = RAW_STRINGS[key];
      expect(zh.length, key).toBeGreaterThan(0);
      expect(en.length, key).toBeGreaterThan(0);
      const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(ph(zh), key).toEqual(ph(en));
    }
    expect(t('en', 'remaining', { time: '1 h' })).toBe('1 h left');
    expect(t('zh', 'remaining', { time: '1小时' })).toBe('剩余 1小时');
  });
});

describe('pickInitialDraft', () => {
  const lookups = {
    exists: async (id: string) => id === 'p',
    latestForOrigin: async (o: string) => (o === 'https://beian.aliyun.com' ? 'c' : undefined),
    latest: async () => 'b',
  };
  it('follows the same order as chooseDraft with indexed lookups', async () => {
    expect(await pickInitialDraft({ queryId: 'q', ...lookups })).toEqual({ id: 'q', reason: 'query' });
    expect(await pickInitialDraft({ queryId: null, pageDraftId: 'p', ...lookups })).toEqual({ id: 'p', reason: 'page' });
    expect(await pickInitialDraft({ queryId: null, pageDraftId: 'gone', pageOrigin: 'https://beian.aliyun.com', ...lookups })).toEqual({ id: 'c', reason: 'page' });
    expect(await pickInitialDraft({ queryId: null, pageOrigin: 'https://x.example', ...lookups })).toEqual({ id: 'b', reason: 'recent' });
    expect(await pickInitialDraft({ queryId: null, ...lookups, latest: async () => undefined })).toEqual({ id: null, reason: 'none' });
  });
});
