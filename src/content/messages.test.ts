import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { badgeUpdate, pageScrollToField, pageSummary } from './messages';

// The content script's schemas avoid z.int(), z.minimum and z.minLength (each adds a zod kind
// to its bundle); they must stay exactly as strict.
describe('content message schemas', () => {
  const counts = (errors: unknown, warnings: unknown = 0) => z.safeParse(badgeUpdate.request, { errors, warnings }).success;

  it('counts are whole numbers ≥ 0', () => {
    expect(counts(0)).toBe(true);
    expect(counts(3, 12)).toBe(true);
    for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 53, '1', null, undefined]) expect(counts(bad), String(bad)).toBe(false);
    const summary = { fields: 2, findings: [], unmapped: 0 };
    expect(z.safeParse(pageSummary.response, summary).success).toBe(true);
    expect(z.safeParse(pageSummary.response, { ...summary, unmapped: -1 }).success).toBe(false);
    expect(z.safeParse(pageSummary.response, { ...summary, fields: 0.5 }).success).toBe(false);
  });

  it('the badge answer is null and nothing else', () => {
    expect(z.safeParse(badgeUpdate.response, null).success).toBe(true);
    for (const bad of [undefined, 0, false, {}]) expect(z.safeParse(badgeUpdate.response, bad).success).toBe(false);
  });

  it('scroll-to-field needs a non-empty field key', () => {
    expect(z.safeParse(pageScrollToField.request, { field: 'subject.name' }).success).toBe(true);
    expect(z.safeParse(pageScrollToField.request, { field: '' }).success).toBe(false);
    expect(z.safeParse(pageScrollToField.request, {}).success).toBe(false);
  });
});
