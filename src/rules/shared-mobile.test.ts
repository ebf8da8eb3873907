import { sharedMobile } from './shared-mobile';
import { ruleTester } from './support/rule-tester';

ruleTester(sharedMobile, {
  valid: [
    { name: 'same person (same ID)', fields: { 'subject.principal.idNumber': '11010519491231002X', 'subject.principal.mobile': '13800138000', 'website.principal.idNumber': '11010519491231002x', 'website.principal.mobile': '13800138000' } },
    { name: 'different mobiles', fields: { 'subject.principal.name': '张三', 'subject.principal.mobile': '13800138000', 'website.principal.name': '李四', 'website.principal.mobile': '13900139000' } },
    { name: 'identity unknown', fields: { 'subject.principal.mobile': '13800138000', 'website.principal.mobile': '13800138000' } },
  ],
  invalid: [
    {
      fields: { 'subject.principal.idNumber': '11010519491231002X', 'subject.principal.mobile': '13800138000', 'website.principal.idNumber': '440524198001010014', 'website.principal.mobile': '+86 138 0013 8000' },
      errors: [{ field: 'website.principal.mobile', messageId: 'shared', fields: ['website.principal.mobile', 'subject.principal.mobile'] }],
    },
    {
      name: 'by name when IDs are missing',
      fields: { 'subject.principal.name': '张三', 'subject.principal.mobile': '13800138000', 'website[1].principal.name': '李四', 'website[1].principal.mobile': '13800138000' },
      errors: [{ field: 'website[1].principal.mobile', fields: ['website[1].principal.mobile', 'subject.principal.mobile'] }],
    },
  ],
});
