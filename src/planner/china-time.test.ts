import { describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDay, noonNextChinaDay, toDate } from './china-time';

describe('China time helpers', () => {
  it.each([
    ['2021-03-01', '2021-03-01'],
    ['2021-03-01T15:59:59Z', '2021-03-01'],
    ['2021-03-01T16:00:00Z', '2021-03-02'],
    ['2021-03-02T00:30:00+08:00', '2021-03-02'],
  ])('chinaDay(%s) = %s', (input, day) => {
    expect(chinaDay(input)).toBe(day);
  });

  it('toDate refuses junk', () => {
    expect(() => toDate('yesterday')).toThrow(RangeError);
    expect(() => toDate(new Date(NaN))).toThrow(RangeError);
    expect(toDate('2021-03-01').toISOString()).toBe('2021-02-28T16:00:00.000Z');
  });

  it.each([
    ['2021-03-01T09:00:00+08:00', '2021-03-02T04:00:00.000Z'],
    ['2021-03-01T23:59:00+08:00', '2021-03-02T04:00:00.000Z'],
    ['2021-03-01T16:30:00Z', '2021-03-03T04:00:00.000Z'], // already 03-02 00:30 in Beijing
  ])('noon the next Beijing day after %s is %s', (input, expected) => {
    expect(noonNextChinaDay(new Date(input)).toISOString()).toBe(expected);
  });

  it.each([
    ['2024-05-31T10:00:00+08:00', 1, '2024-06-03T02:00:00.000Z'], // Fri → Mon
    ['2024-05-31T10:00:00+08:00', 5, '2024-06-07T02:00:00.000Z'],
    ['2024-06-01T10:00:00+08:00', 1, '2024-06-03T02:00:00.000Z'], // Sat → Mon
    ['2024-06-03T10:00:00+08:00', 0, '2024-06-03T02:00:00.000Z'],
  ] as const)('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(new Date(start), n).toISOString()).toBe(expected);
  });
});
