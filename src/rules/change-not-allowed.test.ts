import { changeNotAllowed } from './change-not-allowed';
import { ruleTester } from './support/rule-tester';

const individual = (province: string) => ({ 'subject.province': province, 'subject.nature': '个人' });

ruleTester(changeNotAllowed, {
  valid: [
    { fields: individual('北京市'), filingType: 'new' },
    { fields: individual('浙江省'), filingType: 'change-website' },
    { fields: { 'subject.province': '北京市', 'subject.nature': '企业' }, filingType: 'change-subject' },
    { name: 'Beijing before JD23', fields: individual('北京市'), filingType: 'change-website', asOf: '2022-06-01' },
    { name: 'Sichuan: website changes are fine', fields: { 'subject.province': '四川省', 'subject.nature': '企业' }, filingType: 'change-website' },
    { name: 'Hubei: sources conflict, not judged', fields: individual('湖北省'), filingType: 'change-subject' },
  ],
  invalid: [
    { fields: individual('福建省'), filingType: 'change-website', asOf: '2020-01-01', errors: [{ field: 'subject.nature', messageId: 'individual', severity: 'error' }] },
    { fields: individual('甘肃省'), filingType: 'change-subject', errors: [{ field: 'subject.nature', messageId: 'individual' }] },
    { fields: { 'subject.province': '陕西省', 'subject.nature': '企业' }, filingType: 'change-subject', errors: [{ field: 'subject.province', messageId: 'subject' }] },
  ],
});
