import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/finding';
import type { PlannedStep } from '../domain/step';
import { errorCount, flaggedInputs, nextUp, progressWithKnownDates } from './next-step';

const step = (id: string, extra: Partial<PlannedStep> = {}): PlannedStep =>
  ({ id, key: id, kind: 'action', stage: 'upload', done: false, title: { zh: id, en: id }, detail: { zh: '', en: '' }, sources: [], ...extra }) as PlannedStep;
const finding = (field: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'contact1-mobile',
  field,
  fields: [field],
  severity,
  message: { zh: '座机', en: 'landline' },
  why: { zh: '', en: '' },
  source: 's',
});

describe('nextUp', () => {
  it('is the first open step, with the nearest deadline of any open step', () => {
    const steps = [step('a', { done: true, deadline: '2026-12-02T00:00:00Z' }), step('upload'), step('order', { kind: 'reminder', deadline: '2027-01-12T10:00:00Z' }), step('psb', { deadline: '2027-02-01T00:00:00Z' })];
    expect(nextUp(steps)).toMatchObject({ step: { id: 'upload' }, deadline: { at: '2027-01-12T10:00:00Z', step: { id: 'order' } } });
  });
  it('uses the step’s own deadline when it has one, and is null when all is done', () => {
    expect(nextUp([step('sms', { deadline: '2027-03-01T00:00:00Z' }), step('x', { deadline: '2027-01-01T00:00:00Z' })])?.deadline?.step.id).toBe('sms');
    expect(nextUp([step('a', { done: true })])).toBeNull();
  });
});

describe('progressWithKnownDates', () => {
  it('takes the order date from the draft’s first save unless the user gave one', () => {
    const d = { createdAt: '2026-11-28T10:00:00Z', progress: { done: {} } };
    expect(progressWithKnownDates(d)).toEqual({ progress: { done: {}, orderCreatedAt: '2026-11-28T10:00:00Z' }, estimated: ['orderCreatedAt'] });
    const own = { ...d, progress: { done: {}, orderCreatedAt: '2026-11-20T08:00:00Z' } };
    expect(progressWithKnownDates(own)).toEqual({ progress: own.progress, estimated: [] });
  });
});

describe('flaggedInputs', () => {
  it('flags an SMS step whose number is a field with an error', () => {
    const fields = { 'subject.principal.mobile': '022-2345678', 'website.principal.mobile': '13800138000' };
    const sms = step('sms-verification', { mobile: '022-2345678' });
    expect(flaggedInputs(sms, fields, [finding('subject.principal.mobile')])).toHaveLength(1);
    expect(flaggedInputs(sms, fields, [finding('subject.principal.mobile', 'warning')])).toEqual([]);
    expect(flaggedInputs(step('sms-verification', { mobile: '13800138000' }), fields, [finding('subject.principal.mobile')])).toEqual([]);
    expect(flaggedInputs(step('document-upload'), fields, [finding('subject.principal.mobile')])).toEqual([]);
  });
});

describe('errorCount', () => {
  it('counts the page’s errors when the page is open, else the draft’s', () => {
    expect(errorCount([finding('a'), finding('b', 'warning')], [finding('c'), finding('d')])).toBe(1);
    expect(errorCount(null, [finding('c'), finding('d')])).toBe(2);
    expect(errorCount(null, null)).toBe(0);
  });
});
