import { homepageOnDomain } from './homepage-on-domain';
import { ruleTester } from './support/rule-tester';

ruleTester(homepageOnDomain, {
  valid: [
    { fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'http://www.example.com' } },
    { fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'example.com' } },
    { fields: { 'website.domains': ['www.example.com'], 'website.homepageUrl': 'https://example.com/' } },
    { fields: { 'website[1].domains': ['example.cn'], 'website[1].homepageUrl': 'https://blog.example.cn/index.html' } },
    { name: 'no domains yet', fields: { 'website.homepageUrl': 'http://www.example.com' } },
  ],
  invalid: [
    {
      fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'http://www.other.com' },
      errors: [{ field: 'website.homepageUrl', messageId: 'offDomain', fields: ['website.homepageUrl', 'website.domains'] }],
    },
    { name: 'suffix trick', fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'http://notexample.com' }, errors: [{ field: 'website.homepageUrl', messageId: 'offDomain' }] },
    { fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'http://1.2.3.4/' }, errors: [{ field: 'website.homepageUrl', messageId: 'ip' }] },
    { fields: { 'website.domains': ['example.com'], 'website.homepageUrl': 'www' }, errors: [{ field: 'website.homepageUrl', messageId: 'format' }] },
  ],
});
