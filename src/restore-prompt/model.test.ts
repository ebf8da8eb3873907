import { describe, expect, it } from 'vitest';
import type { RestoreCandidate } from '../drafts/messages';
import * as m from './model';
import { formatTime, reasonText, t } from './strings';

const cand = (id: string, name = id): RestoreCandidate => ({
  id,
  name,
  provider: 'aliyun',
  origin: 'https://beian.aliyun.com',
  filingType: 'new',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  fieldCount: 3,
  overlap: 2,
});

describe('restore prompt model', () => {
  it('offers the first candidate, keeps a prompt already shown, and closes when nothing is offered', () => {
    const s = m.offered(undefined, [cand('a'), cand('b')]);
    expect(s).toEqual({ candidates: [cand('a'), cand('b')], selectedId: 'a', phase: 'offer' });
    const working = m.working(s!, 'b');
    expect(m.offered(working, [cand('a'), cand('b')])).toBe(working);
    expect(m.offered(working, [])).toBeUndefined();
    expect(m.offered(undefined, [])).toBeUndefined();
  });

  it('chooses another draft: the field list of the previous one is dropped', () => {
    let s = m.offered(undefined, [cand('a'), cand('b')])!;
    s = m.toggleChoose(s);
    expect(s.choosing).toBe(true);
    s = m.showFields(s, [{ key: 'subject.name', value: 'A' }]);
    s = m.select(s, 'b');
    expect(s).toEqual({ candidates: s.candidates, selectedId: 'b', phase: 'offer', choosing: true });
    expect(m.chosen(s)?.id).toBe('b');
    expect(m.chosen({ ...s, selectedId: 'gone' })?.id).toBe('a');
  });

  it('shows the field list with nothing picked, toggles picks, and hides it again', () => {
    let s = m.offered(undefined, [cand('a')])!;
    s = m.showFields(s, [
      { key: 'subject.name', value: 'A' },
      { key: 'subject.investor', value: 'B' },
    ]);
    expect(s.picked).toEqual([]);
    s = m.togglePick(m.togglePick(s, 'subject.investor'), 'subject.name');
    expect(s.picked).toEqual(['subject.investor', 'subject.name']);
    expect(m.togglePick(s, 'subject.investor').picked).toEqual(['subject.name']);
    const closed = m.hideFields(s);
    expect(closed).toEqual({ candidates: s.candidates, selectedId: 'a', phase: 'offer' });
  });

  it('goes working → result with the report and the conflicts', () => {
    const s = m.offered(undefined, [cand('a'), cand('b')])!;
    const w = m.working({ ...s, choosing: true, picked: ['k'] }, 'b');
    expect(w).toEqual({ candidates: s.candidates, selectedId: 'b', phase: 'working' });
    const report = { filled: ['subject.name'], failed: [], skipped: [{ key: 'subject.principal.mobile', reason: 'user-value' }] };
    const conflicts = [{ key: 'subject.principal.mobile', page: '13911112222', draft: '13800138000' }];
    expect(m.result(w, report, conflicts)).toEqual({ candidates: s.candidates, selectedId: 'b', phase: 'result', report, conflicts });
    expect(m.result(w, report).conflicts).toEqual([]);
  });

  it('lists the draft fields the page shows and that have a value, as text', () => {
    const draft = { 'subject.name': '天津示例', 'website.domains': ['a.cn', 'b.cn'], 'subject.investor': '', 'other.key': 'x' };
    expect(m.fieldChoices(draft, ['subject.name', 'website.domains', 'subject.investor'])).toEqual([
      { key: 'subject.name', value: '天津示例' },
      { key: 'website.domains', value: 'a.cn, b.cn' },
    ]);
  });
});

describe('restore prompt confirmation', () => {
  it('asks, cancels back to the offer, and notes a refused click until the next step', () => {
    const s = m.offered(undefined, [cand('a')])!;
    const refused = m.refuse(s);
    expect(refused.refused).toBe(true);
    const asking = m.confirming(refused, { draftId: 'a', otherPath: true });
    expect(asking).toMatchObject({ phase: 'confirm', confirm: { draftId: 'a', otherPath: true } });
    expect(asking.refused).toBeUndefined();
    expect(m.cancelConfirm(m.refuse(asking))).toEqual(s);
    expect(m.working(asking, 'a')).toEqual({ candidates: s.candidates, selectedId: 'a', phase: 'working' });
  });
});

describe('restore prompt values', () => {
  it('shows a value as one line, lists joined, nothing for empty', () => {
    expect(m.showValue(['a.cn', 'b.cn'])).toBe('a.cn, b.cn');
    expect(m.showValue(true)).toBe('true');
    expect(m.showValue('  ')).toBe('');
    expect(m.showValue(undefined)).toBe('');
  });
});

describe('restore prompt strings', () => {
  it('fills placeholders in both languages', () => {
    expect(t('restoreSelected', 'en', { n: 2 })).toBe('Restore selected (2)');
    expect(t('restoreSelected', 'zh', { n: 2 })).toBe('恢复所选 (2)');
    expect(t('restoreAll', 'zh')).toBe('全部恢复');
  });

  it('formats dates that cannot be misread (month in words), and keeps text that is no date', () => {
    // Noon UTC is 1 December in every time zone the tests may run in.
    expect(formatTime('2026-12-01T12:00:00.000Z', 'en')).toMatch(/^1 Dec 2026, \d\d:\d\d$/);
    expect(formatTime('2026-12-01T12:00:00.000Z', 'zh')).toMatch(/^2026年12月1日 \d\d:\d\d$/);
    expect(formatTime('2026-12-01T12:00:00.000Z', 'en')).not.toMatch(/\d+\/\d+/);
    expect(formatTime('soon', 'en')).toBe('soon');
  });

  it('gives every reason a field was not restored in plain words, never the code', () => {
    for (const code of ['user-value', 'same-value', 'not-on-page', 'empty', 'locked', 'disabled', 'too-long', 'no-such-option', 'prefix-mismatch', 'too-many-parts', 'something-new']) {
      for (const lang of ['zh', 'en'] as const) {
        const text = reasonText(code, lang);
        expect(text.length).toBeGreaterThan(4);
        expect(text).not.toBe(code);
        expect(text).not.toMatch(/[a-z]+-[a-z]+/);
      }
    }
    expect(reasonText('user-value', 'zh')).toBe('页面上已有您填写的不同值');
  });

  it('an undo shows its own result, without a second undo, and names the reason it could not empty a select', () => {
    const s = m.working(m.offered(undefined, [cand('a')])!, 'a');
    const done = m.result(s, { filled: ['subject.name'], failed: [], skipped: [] });
    expect(done.undone).toBeUndefined();
    const undone = m.undone(m.working(done, 'a'), { filled: ['subject.name'], failed: [{ key: 'subject.principal.idType', reason: 'cannot-clear' }], skipped: [] });
    expect(undone).toMatchObject({ phase: 'result', undone: true, selectedId: 'a', conflicts: [] });
    expect(undone.report?.failed).toHaveLength(1);
    expect(t('undo', 'zh')).toBe('撤销');
    expect(t('undo', 'en')).toBe('Undo');
    expect(reasonText('cannot-clear', 'en')).toMatch(/cannot empty/);
    expect(reasonText('cannot-clear', 'zh')).not.toBe(reasonText('unknown-reason', 'zh'));
  });
});
