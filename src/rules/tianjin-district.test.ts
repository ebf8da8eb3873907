import { ruleTester } from './support/rule-tester';
import { tianjinDistrict } from './tianjin-district';

ruleTester(tianjinDistrict, {
  valid: [
    { fields: { 'subject.province': '天津市', 'subject.city': '市辖区', 'subject.district': '南开区', 'subject.certAddress': '天津市南开区鞍山西道128号' } },
    { name: 'Beijing may use 市辖区', fields: { 'subject.province': '北京市', 'subject.district': '市辖区' } },
    { name: 'before QC', fields: { 'subject.province': '天津市', 'subject.district': '市辖区' }, asOf: '2022-12-31' },
  ],
  invalid: [
    { fields: { 'subject.province': '天津市', 'subject.district': '市辖区' }, errors: [{ field: 'subject.district', messageId: 'district', severity: 'error' }] },
    { fields: { 'subject.province': '天津市', 'subject.certAddress': '天津市市辖区华苑产业区1号' }, errors: [{ field: 'subject.certAddress', messageId: 'district' }] },
  ],
});
