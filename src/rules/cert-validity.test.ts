import { certValidity, validUntil } from './cert-validity';
import { ruleTester } from './support/rule-tester';
import { describe, expect, it } from 'vitest';

const asOf = '2026-06-01';

ruleTester(certValidity, {
  valid: [
    { fields: { 'subject.certValidUntil': '2036-05-01', 'subject.principal.idValidUntil': '2016.05.01-2036.05.01' }, asOf },
    { fields: { 'subject.certValidUntil': '长期', 'website.principal.idValidUntil': '2026年9月2日' }, asOf },
    { name: 'Shanghai residence permit: 1 month suffices', fields: { 'subject.province': '上海市', 'subject.principal.idType': '居住证', 'subject.principal.idValidUntil': '2026-07-15' }, asOf },
    { name: 'unreadable values are left alone', fields: { 'subject.certValidUntil': '见证件' }, asOf },
    { name: 'before the sources', fields: { 'subject.certValidUntil': '2019-09-01' }, asOf: '2019-08-31' },
  ],
  invalid: [
    { fields: { 'subject.certValidUntil': '2026-05-31' }, asOf, errors: [{ field: 'subject.certValidUntil', messageId: 'expired', severity: 'error' }] },
    { fields: { 'website[1].principal.idValidUntil': '2026-09-01' }, asOf, errors: [{ field: 'website[1].principal.idValidUntil', messageId: 'tooShort' }] },
    {
      name: 'Shanghai business licence needs 6 months',
      fields: { 'subject.province': '上海市', 'subject.nature': '企业', 'subject.certValidUntil': '2026-11-30' },
      asOf,
      errors: [{ field: 'subject.certValidUntil', messageId: 'tooShort' }],
    },
  ],
});

describe('validUntil', () => {
  it.each([
    ['2016.05.01-2036.05.01', '2036-05-01'],
    ['2030年1月2日', '2030-01-02'],
    ['20300102', '2030-01-02'],
    ['2030-02-30', undefined],
    ['长期', undefined],
  ])('%s → %s', (value, expected) => {
    expect(validUntil(value)).toBe(expected);
  });
});
