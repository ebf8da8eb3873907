import { domainFormat } from './domain-format';
import { ruleTester } from './support/rule-tester';

ruleTester(domainFormat, {
  valid: [
    { fields: { 'website.domains': ['example.com'] } },
    { fields: { 'website.domains': ['example.com.cn', '例子.中国'] } },
    { fields: { 'website[1].domains': 'Example.COM' } },
  ],
  invalid: [
    { fields: { 'website.domains': ['exa mple.com'] }, errors: [{ field: 'website.domains', messageId: 'format', severity: 'error' }] },
    { fields: { 'website.domains': ['example'] }, errors: [{ field: 'website.domains', messageId: 'format' }] },
    { fields: { 'website.domains': ['-bad.com'] }, errors: [{ field: 'website.domains', messageId: 'format' }] },
    { fields: { 'website.domains': ['1.2.3.4'] }, errors: [{ field: 'website.domains', messageId: 'ip' }] },
    { fields: { 'website.domains': ['https://example.com/'] }, errors: [{ field: 'website.domains', messageId: 'extras', severity: 'warning' }] },
    { fields: { 'website.domains': ['www.example.com'] }, errors: [{ field: 'website.domains', messageId: 'subdomain', severity: 'warning' }] },
    { fields: { 'website.domains': ['blog.example.com.cn'] }, errors: [{ field: 'website.domains', messageId: 'subdomain' }] },
  ],
});
