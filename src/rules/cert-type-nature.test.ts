import { certTypeNature } from './cert-type-nature';
import { ruleTester } from './support/rule-tester';

ruleTester(certTypeNature, {
  valid: [
    { fields: { 'subject.nature': '个人', 'subject.certType': '身份证' } },
    { fields: { 'subject.nature': '个人', 'subject.certType': '护照' } },
    { fields: { 'subject.nature': '企业', 'subject.certType': '营业执照（个人或企业）' } },
    { fields: { 'subject.nature': '事业单位', 'subject.certType': '事业单位法人证书' } },
    { fields: { 'subject.nature': '企业' } },
  ],
  invalid: [
    { fields: { 'subject.nature': '个人', 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certType', messageId: 'unitDocForPerson', fields: ['subject.certType', 'subject.nature'] }] },
    { fields: { 'subject.nature': '企业', 'subject.certType': '居民身份证' }, errors: [{ field: 'subject.certType', messageId: 'personDocForUnit' }] },
  ],
});
