import { foreignPrincipal } from './foreign-principal';
import { ruleTester } from './support/rule-tester';

ruleTester(foreignPrincipal, {
  valid: [
    { fields: { 'subject.province': '河北省', 'subject.nature': '个人', 'subject.principal.idType': '居民身份证' } },
    { fields: { 'subject.province': '北京市', 'subject.nature': '个人', 'subject.principal.idType': '护照' } },
    { fields: { 'subject.province': '山东省', 'subject.nature': '企业', 'subject.principal.idType': '台湾居民来往大陆通行证' } },
    { name: 'before JD23', fields: { 'subject.province': '江西省', 'subject.nature': '个人', 'subject.principal.idType': '护照' }, asOf: '2022-12-31' },
  ],
  invalid: [
    { fields: { 'subject.province': '江西省', 'subject.nature': '个人', 'subject.principal.idType': '护照' }, errors: [{ field: 'subject.principal.idType', messageId: 'refused', severity: 'error' }] },
    { fields: { 'subject.province': '河北省', 'subject.nature': '个人', 'subject.certType': '外国人永久居留身份证' }, errors: [{ field: 'subject.principal.idType', messageId: 'refused' }] },
    { fields: { 'subject.province': '山西省', 'subject.nature': '企业', 'subject.principal.idType': '港澳居民来往内地通行证' }, errors: [{ field: 'subject.principal.idType', messageId: 'authorise', severity: 'warning' }] },
    { fields: { 'subject.province': '山东省', 'subject.nature': '企业', 'subject.principal.idType': '护照' }, errors: [{ field: 'subject.principal.idType', messageId: 'authorise' }] },
  ],
});
