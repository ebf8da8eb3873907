import { icpNumberProvince } from './icp-number-province';
import { ruleTester } from './support/rule-tester';

ruleTester(icpNumberProvince, {
  valid: [
    { fields: { 'subject.province': '北京市', 'website.icpNumber': '京ICP备12345678号-1' } },
    { fields: { 'subject.province': '四川省', 'website.icpNumber': '蜀ICP备2026007879号-1' } },
    { fields: { 'subject.province': '甘肃', 'website[1].icpNumber': '陇ICP备2021003158号-1' } },
    { name: 'no province known', fields: { 'website.icpNumber': '京ICP备12345678号-1' } },
    { name: 'malformed is another rule', fields: { 'subject.province': '北京市', 'website.icpNumber': 'ICP 12345' } },
    { name: 'province from the document address', fields: { 'subject.certAddress': '浙江省杭州市西湖区1号', 'website.icpNumber': '浙ICP备12345678号' } },
  ],
  invalid: [
    {
      fields: { 'subject.province': '天津市', 'website.icpNumber': '京ICP备12345678号-1' },
      errors: [{ field: 'website.icpNumber', messageId: 'differ', severity: 'error', fields: ['website.icpNumber', 'subject.province'] }],
    },
    { fields: { 'subject.province': '四川省', 'website.icpNumber': '川ICP备12345678号-2' }, errors: [{ field: 'website.icpNumber', messageId: 'oldAbbr', severity: 'info' }] },
    { fields: { 'subject.province': '甘肃省', 'website.icpNumber': '甘ICP备12345678号' }, errors: [{ field: 'website.icpNumber', messageId: 'oldAbbr' }] },
    { fields: { 'subject.province': '广东省', 'website[1].icpNumber': '粤ICP备12345678号-1', 'website[2].icpNumber': '沪ICP备12345678号-3' }, errors: [{ field: 'website[2].icpNumber', messageId: 'differ' }] },
  ],
});
