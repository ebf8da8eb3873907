import { describe, expect, it } from 'vitest';
import { BoundedStepProgressSchema as StepProgressSchema, MAX_SMS_SENT_MOBILES } from './sms-sent-times';

describe('BoundedStepProgressSchema: SMS sent times', () => {
  it('accepts an overall and a per-mobile ISO time', () => {
    const p = StepProgressSchema.parse({ smsSentAt: '2021-06-01T10:00:00+08:00', smsSentAtByMobile: { '13800138000': '2021-06-01T10:05:00+08:00' } });
    expect(p.smsSentAt).toBe('2021-06-01T10:00:00+08:00');
    expect(p.smsSentAtByMobile).toEqual({ '13800138000': '2021-06-01T10:05:00+08:00' });
    expect(p.done).toEqual({});
  });

  it('refuses what is not a date, is too long, or names too many mobiles', () => {
    expect(StepProgressSchema.safeParse({ smsSentAt: 'yesterday' }).success).toBe(false);
    expect(StepProgressSchema.safeParse({ smsSentAt: `2021-06-01T10:00:00+08:00${' '.repeat(40)}` }).success).toBe(false);
    expect(StepProgressSchema.safeParse({ smsSentAtByMobile: { '13800138000': 'soon' } }).success).toBe(false);
    expect(StepProgressSchema.safeParse({ smsSentAtByMobile: { ['1'.repeat(33)]: '2021-06-01T10:00:00Z' } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: MAX_SMS_SENT_MOBILES + 1 }, (_, i) => [`138${String(i).padStart(8, '0')}`, '2021-06-01T10:00:00Z']));
    expect(StepProgressSchema.safeParse({ smsSentAtByMobile: many }).success).toBe(false);
  });
});
