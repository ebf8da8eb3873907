import { officePhoneAreaCode } from './office-phone-area-code';
import { ruleTester } from './support/rule-tester';

ruleTester(officePhoneAreaCode, {
  valid: [
    { fields: { 'subject.mailingAddress': '山东省烟台市芝罘区南大街1号', 'subject.principal.phone': '086-0535-6700763' } },
    { fields: { 'subject.mailingAddress': '北京市海淀区中关村大街1号', 'subject.principal.phone': '086-010-62345678', 'website.principal.phone': '(010) 6234 5679' } },
    { name: 'an area code serving several cities', fields: { 'subject.mailingAddress': '辽宁省铁岭市银州区1号', 'subject.principal.phone': '024-23456789' } },
    { name: 'a mobile as contact method 2', fields: { 'subject.mailingAddress': '天津市南开区1号', 'subject.principal.phone': '13800138000' } },
    { name: 'city unknown: nothing', fields: { 'subject.mailingAddress': '朝阳区1号', 'subject.principal.phone': '086-0535-6700763' } },
    { name: 'before ALI19 FAQ (2019-02)', fields: { 'subject.mailingAddress': '天津市南开区1号', 'subject.principal.phone': '086-010-62345678' }, asOf: '2019-01-31' },
  ],
  invalid: [
    {
      fields: { 'subject.mailingAddress': '天津市 天津市 南开区 鞍山西道1号', 'subject.principal.phone': '086-010-62345678' },
      errors: [{ field: 'subject.principal.phone', fields: ['subject.principal.phone', 'subject.mailingAddress'], messageId: 'mismatch', severity: 'warning' }],
    },
    {
      name: 'website principal, city from the select',
      fields: { 'subject.mailingAddress': '文三路90号', 'subject.city': '杭州市', 'website[1].principal.phone': '086-025-83456789' },
      errors: [{ field: 'website[1].principal.phone', messageId: 'mismatch' }],
    },
  ],
});
