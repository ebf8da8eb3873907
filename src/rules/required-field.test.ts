import { CLEAN_FIELDS } from './support/sample-fields';
import { requiredField } from './required-field';
import { ruleTester } from './support/rule-tester';

const { 'subject.investor': _investor, ...noInvestor } = CLEAN_FIELDS;
const { 'subject.principal.phone': _phone, ...noPhone } = CLEAN_FIELDS;

ruleTester(requiredField, {
  valid: [
    { fields: CLEAN_FIELDS },
    { name: 'individuals need no office phone', fields: { ...noPhone, 'subject.nature': '个人' } },
    { name: 'nothing typed yet', fields: {} },
    { name: 'just started: no noise about the fields ahead', fields: { 'subject.province': '北京市', 'subject.nature': '企业', 'subject.name': '示例公司', 'website.name': '示例科技官网' } },
    { name: 'cancellations fill no form', fields: { 'subject.name': 'x' }, filingType: 'cancel-subject' },
    { name: 'new website: the subject section is not filled', fields: { 'subject.name': 'x', 'website.name': '示例科技官网', 'website.domains': ['example.com'], 'website.homepageUrl': 'http://www.example.com', 'website.serviceContent': ['其他'], 'website.language': ['中文简体'] }, filingType: 'new-website' },
  ],
  invalid: [
    { fields: noInvestor, errors: [{ field: 'subject.investor', messageId: 'missing', severity: 'info' }] },
    { fields: noPhone, errors: [{ field: 'subject.principal.phone' }] },
    {
      name: 'a second website started',
      fields: { ...CLEAN_FIELDS, 'website[1].name': '第二个网站', 'website[1].domains': ['example2.com'], 'website[1].homepageUrl': 'http://www.example2.com', 'website[1].serviceContent': ['其他'] },
      errors: [{ field: 'website[1].language' }],
    },
    {
      name: 'a new website principal',
      fields: { ...CLEAN_FIELDS, 'website.principal.name': '李四', 'website.principal.idType': '居民身份证', 'website.principal.idNumber': '11010519491231002X', 'website.principal.mobile': '13700137000' },
      errors: [{ field: 'website.principal.email' }],
    },
  ],
});
