import { mailingAddressRepeatsRegion } from './mailing-address-repeats-region';
import { ruleTester } from './support/rule-tester';

ruleTester(mailingAddressRepeatsRegion, {
  valid: [
    { fields: { 'subject.province': '北京市', 'subject.district': '宣武区', 'subject.mailingAddress': '北京市宣武区某某街1号' } },
    { fields: { 'subject.province': '吉林省', 'subject.city': '吉林市', 'subject.mailingAddress': '吉林省吉林市船营区1号' } },
    { fields: { 'subject.mailingAddress': '浙江省杭州市西湖区文三路90号' } },
    { fields: { 'subject.province': '北京市', 'subject.city': '市辖区', 'subject.mailingAddress': '北京市海淀区1号' } },
    { name: 'issue 13 #8: a municipality prefix names the city twice by design', fields: { 'subject.province': '天津市', 'subject.city': '天津市', 'subject.district': '南开区', 'subject.mailingAddress': '天津市 天津市 南开区 鞍山西道123号' } },
    { name: 'municipality prefix, province from the address', fields: { 'subject.mailingAddress': '上海市 上海市 浦东新区 世纪大道100号' } },
    { name: 'short name recurring in a proper name', fields: { 'subject.province': '北京市', 'subject.mailingAddress': '北京市海淀区北京大学1号' } },
  ],
  invalid: [
    { fields: { 'subject.province': '北京市', 'subject.district': '宣武区', 'subject.mailingAddress': '北京市宣武区北京市宣武区某某街1号' }, errors: [{ field: 'subject.mailingAddress', messageId: 'repeated', severity: 'warning' }] },
    { fields: { 'subject.province': '浙江省', 'subject.city': '杭州市', 'subject.mailingAddress': '浙江省杭州市杭州市西湖区1号' }, errors: [{ field: 'subject.mailingAddress' }] },
    { name: 'short names repeated', fields: { 'subject.province': '浙江省', 'subject.city': '杭州市', 'subject.mailingAddress': '浙江杭州浙江杭州西湖区1号' }, errors: [{ field: 'subject.mailingAddress' }] },
    { name: 'municipality prefix and the region typed again', fields: { 'subject.province': '天津市', 'subject.city': '天津市', 'subject.district': '南开区', 'subject.mailingAddress': '天津市 天津市 南开区 天津市南开区鞍山西道123号' }, errors: [{ field: 'subject.mailingAddress' }] },
    { name: 'province from the address itself', fields: { 'subject.mailingAddress': '广东省深圳市广东省深圳市南山区1号' }, errors: [{ field: 'subject.mailingAddress' }] },
  ],
});
