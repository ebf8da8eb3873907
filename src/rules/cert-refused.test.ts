import { certRefused } from './cert-refused';
import { ruleTester } from './support/rule-tester';

ruleTester(certRefused, {
  valid: [
    { fields: { 'subject.province': '北京市', 'subject.principal.idType': '临时居民身份证' } },
    { fields: { 'subject.province': '上海市', 'subject.principal.idType': '居民身份证', 'subject.certType': '营业执照' } },
    { name: 'before the Huawei source', fields: { 'subject.province': '上海市', 'subject.certType': '电子营业执照' }, asOf: '2025-01-01' },
  ],
  invalid: [
    { fields: { 'subject.province': '海南省', 'website[1].principal.idType': '临时居民身份证' }, errors: [{ field: 'website[1].principal.idType', messageId: 'temporaryId', severity: 'error' }] },
    { fields: { 'subject.province': '上海市', 'subject.certType': '电子营业执照' }, errors: [{ field: 'subject.certType', messageId: 'electronicLicence' }] },
  ],
});
