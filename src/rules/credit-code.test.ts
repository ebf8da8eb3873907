import { computeCreditCodeCheckChar } from './checksums';
import { creditCode } from './credit-code';
import { ruleTester } from './support/rule-tester';

const valid = (first17: string) => first17 + computeCreditCodeCheckChar(first17);
const CODE = valid('91350100M000100Y4');
const BAD_CHECK = CODE.slice(0, 17) + (CODE.endsWith('A') ? 'B' : 'A');

ruleTester(creditCode, {
  valid: [
    { fields: { 'subject.certNumber': CODE, 'subject.certType': '营业执照' } },
    { fields: { 'subject.certNumber': valid('12100000400000624'), 'subject.certType': '事业单位法人证书' } },
    { fields: { 'subject.certNumber': CODE, 'subject.nature': '企业' } },
    { name: 'individuals have ID numbers', fields: { 'subject.nature': '个人', 'subject.certNumber': '110105194912310021' } },
    { name: 'other types are not credit codes', fields: { 'subject.certType': '身份证', 'subject.certNumber': 'whatever' } },
    { name: 'no type, no nature, digits only: may be an ID', fields: { 'subject.certNumber': '110105194912310021' } },
  ],
  invalid: [
    { fields: { 'subject.certNumber': BAD_CHECK, 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'checksum', severity: 'warning' }] },
    { name: 'genuine early code failing the checksum is a warning', fields: { 'subject.certNumber': '91350100M0001TGQXM', 'subject.nature': '企业' }, errors: [{ field: 'subject.certNumber', messageId: 'checksum', severity: 'warning' }] },
    { fields: { 'subject.certNumber': '9135010', 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'format', severity: 'error' }] },
    { fields: { 'subject.certNumber': '91350100MOOO100Y43', 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'unusedLetter', severity: 'error' }] },
    { fields: { 'subject.certNumber': '91ABCDEFM000100Y43', 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'format' }] },
    { fields: { 'subject.certNumber': '110108001234567', 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'registrationNumber', severity: 'warning' }] },
    { fields: { 'subject.certNumber': CODE.toLowerCase(), 'subject.certType': '营业执照' }, errors: [{ field: 'subject.certNumber', messageId: 'lowercase', severity: 'info' }] },
  ],
});
