import { duplicateDomain } from './duplicate-domain';
import { ruleTester } from './support/rule-tester';

ruleTester(duplicateDomain, {
  valid: [
    { fields: { 'website.domains': ['a.com'], 'website[1].domains': ['b.com'] } },
    { name: 'same website twice is one-domain-per-website business', fields: { 'website.domains': ['a.com', 'www.a.com'] } },
  ],
  invalid: [
    {
      fields: { 'website.domains': ['a.com'], 'website[1].domains': ['b.com'], 'website[2].domains': ['www.a.com'] },
      errors: [{ field: 'website[2].domains', messageId: 'duplicate', fields: ['website[2].domains', 'website.domains'] }],
    },
  ],
});
