import { addressSameProvince } from './address-same-province';
import { ruleTester } from './support/rule-tester';

ruleTester(addressSameProvince, {
  valid: [
    { fields: { 'subject.certAddress': '浙江省杭州市西湖区文三路90号', 'subject.mailingAddress': '杭州西湖区文三路90号' } },
    { fields: { 'subject.certAddress': '北京市海淀区中关村大街1号', 'subject.mailingAddress': '北京市宣武区某某街1号', 'subject.province': '北京市' } },
    { name: 'street only, region from the select', fields: { 'subject.certAddress': '天津市南开区某路1号', 'subject.mailingAddress': '某某路2号', 'subject.province': '天津市' } },
    { name: 'ambiguous start is not guessed', fields: { 'subject.certAddress': '朝阳区建国路1号', 'subject.mailingAddress': '上海市浦东新区张江路1号' } },
    { name: 'unknown document address', fields: { 'subject.certAddress': '', 'subject.mailingAddress': '上海市浦东新区' } },
  ],
  invalid: [
    {
      fields: { 'subject.certAddress': '浙江省杭州市西湖区文三路90号', 'subject.mailingAddress': '上海市浦东新区张江路1号' },
      errors: [{ field: 'subject.mailingAddress', messageId: 'differ', severity: 'error', fields: ['subject.mailingAddress', 'subject.certAddress'] }],
    },
    {
      name: 'region select differs from the document address',
      fields: { 'subject.certAddress': '广州市天河区体育西路1号', 'subject.mailingAddress': '某某路2号', 'subject.province': '北京市' },
      errors: [{ field: 'subject.certAddress', messageId: 'region', fields: ['subject.certAddress', 'subject.province'] }],
    },
    {
      name: 'document address unknown: mailing address against the region',
      fields: { 'subject.certAddress': '某某路1号', 'subject.mailingAddress': '上海市浦东新区张江路1号', 'subject.province': '浙江省' },
      errors: [{ field: 'subject.mailingAddress', messageId: 'mailingRegion', fields: ['subject.mailingAddress', 'subject.province'] }],
    },
    {
      name: 'both',
      fields: { 'subject.certAddress': '内蒙古包头市昆都仑区1号', 'subject.mailingAddress': '广西南宁市青秀区1号', 'subject.province': '广西壮族自治区' },
      errors: [{ field: 'subject.mailingAddress', messageId: 'differ' }, { field: 'subject.certAddress', messageId: 'region' }],
    },
  ],
});
