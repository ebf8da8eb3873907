import { addressSameCity } from './address-same-city';
import { ruleTester } from './support/rule-tester';

ruleTester(addressSameCity, {
  valid: [
    { fields: { 'subject.province': '河北省', 'subject.certAddress': '河北省石家庄市长安区1号', 'subject.mailingAddress': '石家庄市桥西区2号' } },
    { name: 'street only, city from the select', fields: { 'subject.province': '河北省', 'subject.city': '石家庄市', 'subject.certAddress': '石家庄市长安区1号', 'subject.mailingAddress': '某某路2号' } },
    { name: 'other provinces only need the same province', fields: { 'subject.province': '浙江省', 'subject.certAddress': '杭州市西湖区1号', 'subject.mailingAddress': '宁波市海曙区2号' } },
    { name: 'before the Huawei source', fields: { 'subject.province': '河北省', 'subject.certAddress': '石家庄市长安区1号', 'subject.mailingAddress': '唐山市路北区2号' }, asOf: '2025-01-01' },
  ],
  invalid: [
    { fields: { 'subject.province': '河北省', 'subject.certAddress': '石家庄市长安区1号', 'subject.mailingAddress': '河北省唐山市路北区2号' }, errors: [{ field: 'subject.mailingAddress', messageId: 'differ', fields: ['subject.mailingAddress', 'subject.certAddress'] }] },
    { fields: { 'subject.province': '河南省', 'subject.city': '洛阳市', 'subject.certAddress': '河南省郑州市金水区1号', 'subject.mailingAddress': '某某路2号' }, errors: [{ field: 'subject.mailingAddress' }] },
  ],
});
