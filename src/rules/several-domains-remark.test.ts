import { severalDomainsRemark } from './several-domains-remark';
import { ruleTester } from './support/rule-tester';

const asOf = '2019-03-01';

ruleTester(severalDomainsRemark, {
  valid: [
    { fields: { 'website.domains': ['example.com', 'www.example.com'] }, asOf },
    { fields: { 'website.domains': ['example.com', 'example.cn'], 'website.remarks': '域名指向同一网站' }, asOf },
    { name: 'one domain per website from 2019-04-22 (another rule)', fields: { 'website.domains': ['example.com', 'example.cn'] }, asOf: '2019-04-22' },
  ],
  invalid: [
    {
      fields: { 'website.domains': ['example.com', 'example.cn'] },
      asOf,
      errors: [{ field: 'website.domains', fields: ['website.domains', 'website.remarks'], messageId: 'remark', severity: 'warning' }],
    },
    { fields: { 'website[1].domains': ['a.com', 'b.com'], 'website[1].remarks': '两个域名' }, asOf, errors: [{ field: 'website[1].domains', messageId: 'remark' }] },
  ],
});
