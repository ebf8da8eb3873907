import { localMobile } from './local-mobile';
import { ruleTester } from './support/rule-tester';

// Home provinces from libphonenumber's data: 138 2001 → Tianjin, 138 0013 → Beijing, 139 1234 → Jiangsu, 136 1171 → Shanghai.
const TJ = '13820012345';
const BJ = '13800138000';
const JS = '13912345678';

ruleTester(localMobile, {
  valid: [
    { name: 'Tianjin numbers in Tianjin', fields: { 'subject.province': '天津市', 'subject.principal.mobile': TJ, 'website.principal.mobile': '15822012345' } },
    { name: 'Beijing has no such rule', fields: { 'subject.province': '北京市', 'subject.principal.mobile': JS } },
    { name: 'before the rule (2019-09)', fields: { 'subject.province': '天津市', 'subject.principal.mobile': BJ }, asOf: '2019-08-31' },
    { name: 'Sichuan before QingCloud (2023)', fields: { 'subject.province': '四川省', 'subject.principal.mobile': BJ }, asOf: '2022-12-31' },
    { name: 'Shaanxi: a reason in the remarks suffices', fields: { 'subject.province': '陕西省', 'subject.principal.mobile': BJ, 'subject.remarks': '负责人在外地工作，使用北京号码。' } },
    { name: 'malformed numbers are left to contact1-mobile', fields: { 'subject.province': '天津市', 'subject.principal.mobile': '12345' } },
    { name: 'a prefix without data gives nothing', fields: { 'subject.province': '天津市', 'subject.principal.mobile': '19912345678' } },
  ],
  invalid: [
    {
      name: 'Beijing mobile in Tianjin',
      fields: { 'subject.province': '天津市', 'subject.principal.mobile': BJ, 'website.principal.mobile': TJ },
      errors: [{ field: 'subject.principal.mobile', messageId: 'notLocal', severity: 'error' }],
    },
    {
      name: 'each website principal',
      fields: { 'subject.province': '江苏省', 'subject.principal.mobile': JS, 'website[1].principal.mobile': TJ },
      errors: [{ field: 'website[1].principal.mobile', messageId: 'notLocal' }],
    },
    { name: 'Henan from 2023 (QingCloud)', fields: { 'subject.province': '河南省', 'subject.principal.mobile': BJ }, asOf: '2023-06-01', errors: [{ field: 'subject.principal.mobile', messageId: 'notLocal' }] },
    { name: 'Shaanxi without a reason: a warning', fields: { 'subject.province': '陕西省', 'subject.principal.mobile': '+86 138 0013 8000' }, errors: [{ field: 'subject.principal.mobile', messageId: 'remark', severity: 'warning' }] },
  ],
});
