import { describe, expect, it } from 'vitest';
import type { Finding } from '../../domain/finding';
import { countFindings, dismissKey, groupFindings } from './warning-model';

const f = (rule: string, field: string, fields: string[], severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  field,
  fields,
  severity,
  message: { zh: '错', en: 'bad' },
  why: { zh: '因', en: 'why' },
  source: 'src',
});

const ORDER = ['subject.certAddress', 'subject.mailingAddress', 'subject.principal.mobile', 'subject.principal.email'];

describe('groupFindings', () => {
  it('marks every field of a pair finding, in page order, most severe first', () => {
    const groups = groupFindings(
      [
        f('email', 'subject.principal.email', ['subject.principal.email'], 'warning'),
        f('address-same-province', 'subject.mailingAddress', ['subject.certAddress', 'subject.mailingAddress']),
        f('street-number', 'subject.mailingAddress', ['subject.mailingAddress'], 'warning'),
      ],
      ORDER,
      new Set(),
    );
    expect(groups.map((g) => g.field)).toEqual(['subject.certAddress', 'subject.mailingAddress', 'subject.principal.email']);
    expect(groups[1]!.warnings.map((w) => w.rule)).toEqual(['address-same-province', 'street-number']);
    expect(groups[0]!.warnings[0]!.partners).toEqual(['subject.mailingAddress']);
    expect(groups[2]!.severity).toBe('warning');
  });

  it('skips fields not on the page and dismissed field+rule pairs only', () => {
    const pair = f('address-same-province', 'subject.mailingAddress', ['subject.certAddress', 'subject.mailingAddress']);
    const groups = groupFindings([pair, f('id-number', 'website.principal.idNumber', ['website.principal.idNumber'])], ORDER, new Set([dismissKey('subject.certAddress', 'address-same-province')]));
    expect(groups.map((g) => g.field)).toEqual(['subject.mailingAddress']);
  });

  it('keeps two findings of one rule on one field apart', () => {
    const groups = groupFindings([f('email', 'subject.principal.email', []), f('email', 'subject.principal.email', [])], ORDER, new Set());
    expect(groups[0]!.warnings.map((w) => w.id)).toEqual(['email', 'email#1']);
  });
});

describe('countFindings', () => {
  it('counts errors and warnings until every marked field is dismissed', () => {
    const pair = f('address-same-province', 'subject.mailingAddress', ['subject.certAddress', 'subject.mailingAddress']);
    const list = [pair, f('email', 'subject.principal.email', ['subject.principal.email'], 'warning'), f('x', 'a', ['a'], 'info')];
    expect(countFindings(list, new Set())).toEqual({ errors: 1, warnings: 1 });
    expect(countFindings(list, new Set([dismissKey('subject.certAddress', 'address-same-province')]))).toEqual({ errors: 1, warnings: 1 });
    expect(
      countFindings(list, new Set([dismissKey('subject.certAddress', 'address-same-province'), dismissKey('subject.mailingAddress', 'address-same-province')])),
    ).toEqual({ errors: 0, warnings: 1 });
  });
});

describe('one problem, one explanation', () => {
  it('explains a pair finding on its own field and points to it from the others', () => {
    const groups = groupFindings([f('address-same-province', 'subject.mailingAddress', ['subject.certAddress', 'subject.mailingAddress'])], ORDER, new Set());
    const [cert, mailing] = groups.map((g) => g.warnings[0]!);
    expect(mailing).toMatchObject({ field: 'subject.mailingAddress', primary: true, about: 'subject.mailingAddress' });
    expect(cert).toMatchObject({ field: 'subject.certAddress', primary: false, about: 'subject.mailingAddress' });
  });

  it('explains it on the first marked field on the page when its own field is elsewhere', () => {
    const groups = groupFindings([f('x', 'website.domains', ['website.domains', 'subject.principal.mobile', 'subject.principal.email'])], ORDER, new Set());
    expect(groups.map((g) => [g.field, g.warnings[0]!.primary])).toEqual([
      ['subject.principal.mobile', true],
      ['subject.principal.email', false],
    ]);
  });

  it('lists a field’s own explained warnings before pointers, whatever their severity', () => {
    const groups = groupFindings(
      [f('pair', 'subject.certAddress', ['subject.certAddress', 'subject.mailingAddress'], 'error'), f('street-number', 'subject.mailingAddress', ['subject.mailingAddress'], 'warning')],
      ORDER,
      new Set(),
    );
    expect(groups[1]!.warnings.map((w) => [w.rule, w.primary])).toEqual([
      ['street-number', true],
      ['pair', false],
    ]);
  });
});

describe('findings of one rule sharing a field', () => {
  it('are one problem: explained once on the first finding’s field, every field marked', () => {
    const groups = groupFindings(
      [
        f('address-same-province', 'subject.mailingAddress', ['subject.mailingAddress', 'subject.certAddress']),
        { ...f('address-same-province', 'subject.certAddress', ['subject.certAddress', 'subject.principal.mobile']), message: { zh: '二', en: 'second' } },
      ],
      ORDER,
      new Set(),
    );
    const all = groups.flatMap((g) => g.warnings);
    expect(all.map((w) => [w.field, w.primary])).toEqual([
      ['subject.certAddress', false],
      ['subject.mailingAddress', true],
      ['subject.principal.mobile', false],
    ]);
    expect(all.find((w) => w.primary)!.more).toEqual([{ zh: '二', en: 'second' }]);
  });
});
