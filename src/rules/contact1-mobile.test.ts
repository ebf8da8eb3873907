import { contact1Mobile } from './contact1-mobile';
import { ruleTester } from './support/rule-tester';

ruleTester(contact1Mobile, {
  valid: [
    { fields: { 'subject.principal.mobile': '13800138000' } },
    { fields: { 'subject.principal.mobile': '+86 138-0013-8000' } },
    { fields: { 'subject.principal.mobile': '8613800138000', 'website.principal.mobile': '19912345678' } },
    { fields: { 'subject.principal.mobile': '0086 13800138000' } },
    { name: 'empty is left to required-field', fields: { 'subject.principal.mobile': '' } },
    { fields: { 'website[2].principal.mobile': '15012345678' } },
  ],
  invalid: [
    { fields: { 'subject.principal.mobile': '12800138000' }, errors: [{ field: 'subject.principal.mobile', messageId: 'format', severity: 'error' }] },
    { fields: { 'subject.principal.mobile': '1380013800' }, errors: [{ field: 'subject.principal.mobile', messageId: 'format' }] },
    { fields: { 'subject.principal.mobile': '010-12345678' }, errors: [{ field: 'subject.principal.mobile', messageId: 'landline' }] },
    { fields: { 'subject.principal.mobile': '+852 91234567' }, errors: [{ field: 'subject.principal.mobile', messageId: 'format' }] },
    {
      name: 'every website principal is checked',
      fields: { 'subject.principal.mobile': '13800138000', 'website.principal.mobile': '138001380', 'website[1].principal.mobile': 'abc' },
      errors: [
        { field: 'website.principal.mobile', messageId: 'format' },
        { field: 'website[1].principal.mobile', messageId: 'format' },
      ],
    },
  ],
});
