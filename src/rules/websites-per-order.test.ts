import { ruleTester } from './support/rule-tester';
import { websitesPerOrder } from './websites-per-order';

const sites = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i === 0 ? 'website.name' : `website[${i}].name`, `示例网站第${i + 1}个`]));

ruleTester(websitesPerOrder, {
  valid: [
    { fields: { 'subject.province': '湖北省', ...sites(1) } },
    { fields: { 'subject.province': '北京市', 'subject.nature': '企业', ...sites(8) } },
    { fields: { 'subject.province': '陕西省', ...sites(5) }, filingType: 'new' },
    { name: 'Shaanxi limit is for first filings', fields: { 'subject.province': '陕西省', ...sites(6) }, filingType: 'new-website' },
    { name: 'Henan units under ALI19', fields: { 'subject.province': '河南省', 'subject.nature': '企业', ...sites(5) }, asOf: '2020-01-01' },
  ],
  invalid: [
    { fields: { 'subject.province': '湖北省', ...sites(2) }, errors: [{ field: 'website[1].name', messageId: 'tooMany', severity: 'error' }] },
    { fields: { 'subject.province': '陕西省', ...sites(6) }, errors: [{ field: 'website[5].name' }] },
    { name: 'Henan individuals under ALI19', fields: { 'subject.province': '河南省', 'subject.nature': '个人', ...sites(4) }, asOf: '2020-01-01', errors: [{ field: 'website[3].name' }] },
    { name: 'Henan under JD23', fields: { 'subject.province': '河南省', 'subject.nature': '企业', ...sites(2) }, asOf: '2024-01-01', errors: [{ field: 'website[1].name' }] },
    { name: 'individuals anywhere: 5 (HW)', fields: { 'subject.province': '北京市', 'subject.nature': '个人', ...sites(6) }, errors: [{ field: 'website[5].name' }] },
  ],
});
