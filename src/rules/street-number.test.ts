import { streetNumber } from './street-number';
import { ruleTester } from './support/rule-tester';

ruleTester(streetNumber, {
  valid: [
    { fields: { 'subject.mailingAddress': '北京市海淀区中关村大街1号' } },
    { fields: { 'subject.mailingAddress': '杭州市西湖区文三路90号东部软件园3幢501室' } },
    { fields: { 'subject.mailingAddress': '上海市徐汇区某路1200弄' } },
    { fields: { 'subject.mailingAddress': '某某村三组' } },
    { fields: { 'subject.mailingAddress': '某小区5#楼' } },
    { fields: { 'subject.mailingAddress': '某某大厦A座' } },
    { fields: { 'subject.mailingAddress': '某街道12-3' } },
    { fields: { 'subject.mailingAddress': '某某镇某某村', 'subject.remarks': '此地址已是最详细地址' } },
    { fields: { 'subject.mailingAddress': '某某镇某某村', 'subject.remarks': '该村无门牌号。' } },
    { fields: { 'subject.mailingAddress': '' } },
  ],
  invalid: [
    { fields: { 'subject.mailingAddress': '北京市海淀区中关村大街' }, errors: [{ field: 'subject.mailingAddress', messageId: 'missing', severity: 'warning' }] },
    { fields: { 'subject.mailingAddress': '某某镇某某村', 'subject.remarks': '个人网站' }, errors: [{ field: 'subject.mailingAddress' }] },
    { fields: { 'subject.mailingAddress': '某某大厦' }, errors: [{ field: 'subject.mailingAddress' }] },
  ],
});
