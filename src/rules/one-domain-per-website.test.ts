import { oneDomainPerWebsite } from './one-domain-per-website';
import { ruleTester } from './support/rule-tester';

ruleTester(oneDomainPerWebsite, {
  valid: [
    { fields: { 'website.domains': ['example.com'], 'website[1].domains': ['example.cn'] } },
    { name: 'www. and bare are the same domain', fields: { 'website.domains': ['example.com', 'www.example.com'] } },
    { name: 'before 2019-04-22', fields: { 'website.domains': ['example.com', 'example.cn'] }, asOf: '2019-04-21' },
  ],
  invalid: [
    { fields: { 'website.domains': ['example.com', 'example.cn'] }, errors: [{ field: 'website.domains', messageId: 'several', severity: 'error' }] },
    { fields: { 'website[2].domains': 'a.com, b.com' }, errors: [{ field: 'website[2].domains' }] },
    { name: 'on the day', fields: { 'website.domains': ['a.com', 'b.com'] }, asOf: '2019-04-22', errors: [{ field: 'website.domains' }] },
  ],
});
