import { icpNumberFormat } from './icp-number-format';
import { ruleTester } from './support/rule-tester';

ruleTester(icpNumberFormat, {
  valid: [
    { fields: { 'website.icpNumber': '京ICP备12345678号-1' } },
    { fields: { 'website.icpNumber': '蜀ICP备2026007879号-1' } },
    { fields: { 'website[1].icpNumber': '川ICP备12345678号-12' } },
    { fields: { 'website.icpNumber': '' } },
  ],
  invalid: [
    { fields: { 'website.icpNumber': 'ICP备12345678号' }, errors: [{ field: 'website.icpNumber', messageId: 'format', severity: 'error' }] },
    { fields: { 'website.icpNumber': '京ICP备1234号-1' }, errors: [{ field: 'website.icpNumber', messageId: 'format' }] },
    { fields: { 'website.icpNumber': '港ICP备12345678号-1' }, errors: [{ field: 'website.icpNumber', messageId: 'format' }] },
    { fields: { 'website.icpNumber': '京ICP证123456号' }, errors: [{ field: 'website.icpNumber', messageId: 'licence', severity: 'warning' }] },
    { fields: { 'website.icpNumber': '京ICP备12345678号' }, errors: [{ field: 'website.icpNumber', messageId: 'subjectNumber', severity: 'info' }] },
  ],
});
