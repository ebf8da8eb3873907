import { domainSuffix } from './domain-suffix';
import { ruleTester } from './support/rule-tester';

ruleTester(domainSuffix, {
  valid: [
    { fields: { 'website.domains': ['example.com', 'example.cn'] } },
    { fields: { 'website.domains': 'example.com.cn' } },
    { fields: { 'website.domains': ['例子.中国'] } },
    { fields: { 'website.domains': ['example.top'], 'website[1].domains': ['example.xyz'] } },
    { fields: { 'website.domains': ['beijing.gov.cn'], 'subject.nature': '政府机关' } },
    { fields: { 'website.domains': ['example.cn'], 'subject.nature': '事业单位' } },
    { fields: { 'website.domains': ['example.公益'], 'subject.nature': '事业单位' } },
    { name: '.cc fileable from 2020-07-24', fields: { 'website.domains': ['example.cc'] }, asOf: '2021-01-01' },
    { name: 'malformed left to domain-format', fields: { 'website.domains': ['not a domain'] } },
  ],
  invalid: [
    { fields: { 'website.domains': ['example.org'] }, errors: [{ field: 'website.domains', messageId: 'unapproved', severity: 'error' }] },
    { fields: { 'website.domains': ['example.io'] }, errors: [{ field: 'website.domains', messageId: 'unknown', severity: 'warning' }] },
    { name: '.cc before 2020-07-24 (ALI19)', fields: { 'website.domains': ['example.cc'] }, asOf: '2019-10-01', errors: [{ field: 'website.domains', messageId: 'unapproved' }] },
    { fields: { 'website.domains': ['example.gov.cn'], 'subject.nature': '企业' }, errors: [{ field: 'website.domains', messageId: 'restricted', severity: 'error' }] },
    { fields: { 'website.domains': ['example.com'], 'subject.nature': '政府机关' }, errors: [{ field: 'website.domains', messageId: 'government', severity: 'warning' }] },
    { fields: { 'website[1].domains': ['example.com'], 'subject.nature': '事业单位' }, errors: [{ field: 'website[1].domains', messageId: 'institution' }] },
    { fields: { 'website.domains': ['a.com', 'b.jp'] }, errors: [{ field: 'website.domains', messageId: 'unknown' }] },
  ],
});
