import { officePhoneFormat } from './office-phone-format';
import { ruleTester } from './support/rule-tester';

ruleTester(officePhoneFormat, {
  valid: [
    { fields: { 'subject.principal.phone': '086-0535-6700763' } },
    { fields: { 'subject.principal.phone': '086-010-62345678' } },
    { fields: { 'subject.principal.phone': '010-62345678' } },
    { fields: { 'subject.principal.phone': '086-010-62345678-123' } },
    { fields: { 'subject.principal.phone': '(0535)6700763' } },
    { fields: { 'subject.principal.phone': '13800138000' } },
    { fields: { 'website.principal.phone': '086-13800138000' } },
    { name: 'individuals may leave it empty', fields: { 'subject.principal.phone': '' } },
  ],
  invalid: [
    { fields: { 'subject.principal.phone': '62345678' }, errors: [{ field: 'subject.principal.phone', messageId: 'format', severity: 'error' }] },
    { fields: { 'subject.principal.phone': '086-10-62345678' }, errors: [{ field: 'subject.principal.phone' }] },
    { fields: { 'subject.principal.phone': '086-010-1234' }, errors: [{ field: 'subject.principal.phone' }] },
    { fields: { 'website[1].principal.phone': 'abc' }, errors: [{ field: 'website[1].principal.phone' }] },
  ],
});
