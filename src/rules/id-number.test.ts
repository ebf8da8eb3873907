import { computeIdCheckChar } from './checksums';
import { idNumber } from './id-number';
import { ruleTester } from './support/rule-tester';

const valid = (first17: string) => first17 + computeIdCheckChar(first17);
const ID = valid('11010519491231002'); // 11010519491231002X
const ID2 = valid('44052419800101001');
const wrongCheck = ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1');

ruleTester(idNumber, {
  valid: [
    { fields: { 'subject.principal.idNumber': ID } },
    { fields: { 'subject.principal.idNumber': ID2, 'subject.principal.idType': '居民身份证' } },
    { name: 'other document types are left to cert-format', fields: { 'subject.principal.idNumber': 'E12345678', 'subject.principal.idType': '护照' } },
    { name: 'unit credit code is not an ID', fields: { 'subject.nature': '企业', 'subject.certNumber': '91350100M000100Y43' } },
    { name: "unit's number with no type is not guessed", fields: { 'subject.nature': '企业', 'subject.certNumber': '123456789012345678' } },
    { name: 'individual subject number', fields: { 'subject.nature': '个人', 'subject.certType': '身份证', 'subject.certNumber': ID } },
    { name: 'residence permit type allows 81 prefix', fields: { 'website.principal.idType': '港澳居民居住证', 'website.principal.idNumber': valid('81000019900101001') } },
    { name: 'born on the judging day', fields: { 'subject.principal.idNumber': valid('11010520260601001') }, asOf: '2026-06-01' },
  ],
  invalid: [
    { fields: { 'subject.principal.idNumber': wrongCheck }, errors: [{ field: 'subject.principal.idNumber', messageId: 'checksum', severity: 'error' }] },
    { fields: { 'subject.principal.idNumber': '110105194912310' }, errors: [{ field: 'subject.principal.idNumber', messageId: 'old15' }] },
    { fields: { 'subject.principal.idNumber': '1101051949123100' , 'subject.principal.idType': '身份证' }, errors: [{ field: 'subject.principal.idNumber', messageId: 'format' }] },
    { fields: { 'subject.principal.idNumber': valid('99010519491231002') }, errors: [{ field: 'subject.principal.idNumber', messageId: 'region' }] },
    { fields: { 'subject.principal.idNumber': valid('11010519490231002') }, errors: [{ field: 'subject.principal.idNumber', messageId: 'birthDate' }] },
    { name: 'birth date in the future', fields: { 'subject.principal.idNumber': valid('11010520260602001') }, asOf: '2026-06-01', errors: [{ field: 'subject.principal.idNumber', messageId: 'birthDate' }] },
    { fields: { 'subject.principal.idNumber': ID.toLowerCase() }, errors: [{ field: 'subject.principal.idNumber', messageId: 'lowercase', severity: 'info' }] },
    { fields: { 'subject.principal.idType': '居民身份证', 'subject.principal.idNumber': valid('81000019900101001') }, errors: [{ field: 'subject.principal.idNumber', messageId: 'residencePermit', severity: 'warning' }] },
    { name: 'individual subject certificate number', fields: { 'subject.nature': '个人', 'subject.certNumber': wrongCheck }, errors: [{ field: 'subject.certNumber', messageId: 'checksum' }] },
    { name: 'second website principal', fields: { 'website[1].principal.idNumber': wrongCheck }, errors: [{ field: 'website[1].principal.idNumber', messageId: 'checksum' }] },
  ],
});
