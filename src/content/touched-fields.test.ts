import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/finding';
import type { RecognizedField } from '../recognition/types';
import type { FormSnapshot } from './form-session-types';
import { createTouchedFields } from './touched-fields';

const KEYS = ['subject.name', 'subject.principal.mobile', 'subject.principal.email', 'website[1].principal.emergencyPhone'];
const fields = KEYS.map((key) => ({ key }) as RecognizedField);
const snap = (s: Partial<FormSnapshot>): FormSnapshot => ({ recognition: { fields, unmapped: [], secrets: [] } as never, values: {}, changedKeys: [], cause: 'input', ...s });
const finding = (field: string, fields: string[] = [field]): Finding => ({
  rule: 'r',
  field,
  fields,
  severity: 'error',
  message: { zh: 'x', en: 'x' },
  why: { zh: 'x', en: 'x' },
  source: 's',
});
const shown = (t: ReturnType<typeof createTouchedFields>, fs: Finding[]) => t.visible(fs).map((f) => f.field);
const ALL = KEYS.map((k) => finding(k));

describe('touched or reached fields', () => {
  it('shows nothing on a fresh, empty form', () => {
    const t = createTouchedFields();
    t.note(snap({ cause: 'initial', changedKeys: KEYS }));
    expect(shown(t, ALL)).toEqual([]);
  });

  it('shows values the page already had, and fields the user left or went past', () => {
    const t = createTouchedFields();
    t.note(snap({ cause: 'initial', changedKeys: KEYS, values: { 'subject.name': '天津星河' } }));
    expect(shown(t, ALL)).toEqual(['subject.name']);
    // Typing alone (no change or blur yet, nothing changed) does not count.
    expect(t.note(snap({ targetKey: 'subject.principal.email', trigger: 'input' }))).toBe(false);
    expect(t.note(snap({ targetKey: 'subject.principal.email', trigger: 'blur' }))).toBe(true);
    // The mobile above it was skipped: reached. The second website's emergency phone below: not.
    expect(shown(t, ALL)).toEqual(['subject.name', 'subject.principal.mobile', 'subject.principal.email']);
  });

  it('shows a pair finding once any of its fields is reached', () => {
    const t = createTouchedFields();
    t.note(snap({ targetKey: 'subject.name', trigger: 'change', changedKeys: ['subject.name'] }));
    expect(shown(t, [finding('website[1].principal.emergencyPhone', ['website[1].principal.emergencyPhone', 'subject.name'])])).toHaveLength(1);
  });

  it('shows everything after a submit attempt or a restore', () => {
    const a = createTouchedFields();
    a.revealAll();
    expect(shown(a, ALL)).toEqual(KEYS);
    const b = createTouchedFields();
    expect(b.note(snap({ cause: 'restore' }))).toBe(true);
    expect(shown(b, ALL)).toEqual(KEYS);
  });

  it('keeps an added, empty website section quiet', () => {
    const t = createTouchedFields();
    t.note(snap({ targetKey: 'subject.principal.email', trigger: 'blur' }));
    t.note(snap({ cause: 'mutation', changedKeys: ['website[1].principal.emergencyPhone'], values: { 'website[1].principal.emergencyPhone': '' } }));
    expect(shown(t, ALL)).not.toContain('website[1].principal.emergencyPhone');
  });
});
