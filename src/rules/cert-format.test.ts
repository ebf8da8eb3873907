import { computeIdCheckChar } from './checksums';
import { certFormat } from './cert-format';
import { ruleTester } from './support/rule-tester';

const permit = (first17: string) => first17 + computeIdCheckChar(first17);

ruleTester(certFormat, {
  valid: [
    { fields: { 'subject.principal.idType': '护照', 'subject.principal.idNumber': 'E12345678' } },
    { fields: { 'subject.principal.idType': '护照', 'subject.principal.idNumber': 'EA1234567' } },
    { name: 'foreign passport', fields: { 'subject.principal.idType': '护照', 'subject.principal.idNumber': '123456789' } },
    { fields: { 'website.principal.idType': '港澳居民来往内地通行证', 'website.principal.idNumber': 'H12345678' } },
    { fields: { 'website.principal.idType': '港澳居民来往内地通行证', 'website.principal.idNumber': 'M1234567890' } },
    { fields: { 'website.principal.idType': '台湾居民来往大陆通行证', 'website.principal.idNumber': '12345678' } },
    { fields: { 'website.principal.idType': '港澳居民居住证', 'website.principal.idNumber': permit('81000019900101001') } },
    { fields: { 'website.principal.idType': '台湾居民居住证', 'website.principal.idNumber': permit('83000019900101001') } },
    { fields: { 'website.principal.idType': '外国人永久居留身份证', 'website.principal.idNumber': 'USA110080123456' } },
    { fields: { 'subject.certType': '组织机构代码证', 'subject.certNumber': 'D2143569-X' } },
    { name: 'resident IDs are another rule', fields: { 'subject.principal.idType': '居民身份证', 'subject.principal.idNumber': '123' } },
  ],
  invalid: [
    { fields: { 'subject.principal.idType': '护照', 'subject.principal.idNumber': 'E123' }, errors: [{ field: 'subject.principal.idNumber', messageId: 'passport', severity: 'error' }] },
    { fields: { 'subject.principal.idType': '护照', 'subject.principal.idNumber': 'E1234567890' }, errors: [{ field: 'subject.principal.idNumber', messageId: 'chinesePassport', severity: 'warning' }] },
    { fields: { 'website.principal.idType': '港澳通行证', 'website.principal.idNumber': 'X12345678' }, errors: [{ field: 'website.principal.idNumber', messageId: 'hkMacauPermit' }] },
    { fields: { 'website.principal.idType': '台胞证', 'website.principal.idNumber': '1234567' }, errors: [{ field: 'website.principal.idNumber', messageId: 'taiwanPermit' }] },
    { fields: { 'website.principal.idType': '港澳居民居住证', 'website.principal.idNumber': permit('11010519900101001') }, errors: [{ field: 'website.principal.idNumber', messageId: 'residencePermit', severity: 'error' }] },
    { fields: { 'website.principal.idType': '外国人永久居留身份证', 'website.principal.idNumber': 'US110080123456' }, errors: [{ field: 'website.principal.idNumber', messageId: 'permanentResidence' }] },
    { fields: { 'subject.certType': '组织机构代码证', 'subject.certNumber': 'D21435' }, errors: [{ field: 'subject.certNumber', messageId: 'orgCode' }] },
    { fields: { 'subject.certType': '组织机构代码证', 'subject.certNumber': 'D2143569-1' }, errors: [{ field: 'subject.certNumber', messageId: 'orgCodeChecksum', severity: 'warning' }] },
  ],
});
