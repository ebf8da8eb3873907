import { sharedEmail } from './shared-email';
import { ruleTester } from './support/rule-tester';

ruleTester(sharedEmail, {
  valid: [
    { fields: { 'subject.principal.name': '张三', 'subject.principal.email': 'a@example.com', 'website.principal.name': '张三', 'website.principal.email': 'a@example.com' } },
    { fields: { 'subject.principal.name': '张三', 'subject.principal.email': 'a@example.com', 'website.principal.name': '李四', 'website.principal.email': 'b@example.com' } },
    { name: 'before the Huawei source', fields: { 'subject.principal.name': '张三', 'subject.principal.email': 'a@example.com', 'website.principal.name': '李四', 'website.principal.email': 'a@example.com' }, asOf: '2025-01-01' },
  ],
  invalid: [
    {
      fields: { 'subject.principal.name': '张三', 'subject.principal.email': 'a@example.com', 'website.principal.name': '李四', 'website.principal.email': 'A@example.com' },
      errors: [{ field: 'website.principal.email', messageId: 'shared', severity: 'warning', fields: ['website.principal.email', 'subject.principal.email'] }],
    },
  ],
});
