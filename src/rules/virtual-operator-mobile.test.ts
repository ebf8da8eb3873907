import { ruleTester } from './support/rule-tester';
import { virtualOperatorMobile } from './virtual-operator-mobile';

ruleTester(virtualOperatorMobile, {
  valid: [
    { fields: { 'subject.principal.mobile': '13800138000', 'website.principal.mobile': '17712345678' } },
    { name: 'before ALI19 rejection reasons (2018-12)', fields: { 'subject.principal.mobile': '17012345678' }, asOf: '2018-11-30' },
    { name: 'malformed left to contact1-mobile', fields: { 'subject.principal.mobile': '1701234' } },
  ],
  invalid: [
    { fields: { 'subject.principal.mobile': '17012345678' }, errors: [{ field: 'subject.principal.mobile', messageId: 'virtual', severity: 'warning' }] },
    { fields: { 'website[2].principal.mobile': '+86 165 1234 5678', 'website.principal.mobile': '17112345678' }, errors: [{ field: 'website.principal.mobile', messageId: 'virtual' }, { field: 'website[2].principal.mobile', messageId: 'virtual' }] },
    { fields: { 'subject.principal.mobile': '16212345678' }, errors: [{ field: 'subject.principal.mobile', messageId: 'virtual' }] },
  ],
});
