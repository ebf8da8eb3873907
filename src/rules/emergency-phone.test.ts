import { emergencyPhone } from './emergency-phone';
import { ruleTester } from './support/rule-tester';

const base = { 'subject.principal.mobile': '13800138000' };

ruleTester(emergencyPhone, {
  valid: [
    { fields: { ...base, 'subject.principal.emergencyPhone': '13900139000' } },
    { fields: { ...base, 'subject.principal.emergencyPhone': '139 0013 9000', 'website.principal.mobile': '13700137000', 'website.principal.emergencyPhone': '13600136000' } },
    { name: 'same as mobile allowed before 2021 (ALI19-form)', fields: { ...base, 'subject.principal.emergencyPhone': '13800138000' }, asOf: '2020-06-01' },
    { name: 'nothing typed yet', fields: {} },
    { name: 'not in force before 2019-04', fields: { ...base }, asOf: '2019-03-01' },
  ],
  invalid: [
    { fields: { ...base }, errors: [{ field: 'subject.principal.emergencyPhone', messageId: 'missing', severity: 'warning' }] },
    { fields: { ...base, 'subject.principal.emergencyPhone': '010-62345678' }, errors: [{ field: 'subject.principal.emergencyPhone', messageId: 'notMobile', severity: 'error' }] },
    {
      fields: { ...base, 'subject.principal.emergencyPhone': '+86 13800138000' },
      errors: [{ field: 'subject.principal.emergencyPhone', messageId: 'sameAsMobile', fields: ['subject.principal.emergencyPhone', 'subject.principal.mobile'] }],
    },
    {
      name: "same as the other principal's mobile",
      fields: { ...base, 'subject.principal.emergencyPhone': '13700137000', 'website.principal.mobile': '13700137000', 'website.principal.emergencyPhone': '13600136000' },
      errors: [{ field: 'subject.principal.emergencyPhone', messageId: 'sameAsMobile', fields: ['subject.principal.emergencyPhone', 'website.principal.mobile'] }],
    },
  ],
});
