import { computeIdCheckChar } from './checksums';
import { ruleTester } from './support/rule-tester';
import { tianjinAgeLimit } from './tianjin-age-limit';

const id = (birth: string, seq: string) => `120104${birth}${seq}${computeIdCheckChar(`120104${birth}${seq}`)}`;
const tj = { 'subject.province': '天津市' };

ruleTester(tianjinAgeLimit, {
  valid: [
    { name: 'man of 60', fields: { ...tj, 'subject.principal.idNumber': id('19660601', '031') } },
    { name: 'woman of 55', fields: { ...tj, 'website.principal.idNumber': id('19710601', '042') } },
    { name: 'elsewhere', fields: { 'subject.province': '北京市', 'subject.principal.idNumber': id('19500101', '031') } },
  ],
  invalid: [
    { name: 'man of 61', fields: { ...tj, 'subject.principal.idNumber': id('19650531', '031') }, errors: [{ field: 'subject.principal.idNumber', messageId: 'tooOld', severity: 'warning' }] },
    { name: 'woman of 56', fields: { ...tj, 'website.principal.idNumber': id('19700101', '042') }, errors: [{ field: 'website.principal.idNumber', messageId: 'tooOld' }] },
  ],
});
