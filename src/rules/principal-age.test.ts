import { computeIdCheckChar } from './checksums';
import { principalAge } from './principal-age';
import { ruleTester } from './support/rule-tester';

/** An ID number born on `birth` (YYYYMMDD). */
const born = (birth: string, region = '110105') => {
  const first17 = `${region}${birth}001`;
  return first17 + computeIdCheckChar(first17);
};
const asOf = '2026-06-01';
const wrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');

ruleTester(principalAge, {
  valid: [
    { fields: { 'subject.province': '河北省', 'subject.principal.idNumber': born('20080601') }, asOf },
    { name: 'no age rule in Beijing', fields: { 'subject.province': '北京市', 'subject.principal.idNumber': born('20150101') }, asOf },
    { name: 'Zhejiang: individuals only', fields: { 'subject.province': '浙江省', 'subject.nature': '企业', 'subject.principal.idNumber': born('20100101') }, asOf },
    { name: 'invalid IDs are id-number business', fields: { 'subject.province': '河北省', 'subject.principal.idNumber': wrongCheck(born('20100101')) }, asOf },
    { name: 'Guangdong 16-year-old before HW: proof only (info) is not refusal', fields: { 'subject.province': '广东省', 'subject.principal.idNumber': born('19900101') }, asOf: '2024-01-01' },
  ],
  invalid: [
    { fields: { 'subject.province': '河北省', 'subject.principal.idNumber': born('20080602') }, asOf, errors: [{ field: 'subject.principal.idNumber', messageId: 'refused', severity: 'warning' }] },
    { fields: { 'subject.province': '浙江省', 'subject.nature': '个人', 'subject.principal.idNumber': born('20100101') }, asOf, errors: [{ field: 'subject.principal.idNumber', messageId: 'refused' }] },
    { fields: { 'subject.province': '江苏省', 'subject.principal.idNumber': born('20090101') }, asOf, errors: [{ field: 'subject.principal.idNumber', messageId: 'needsProof', severity: 'info' }] },
    { fields: { 'subject.province': '江苏省', 'website.principal.idNumber': born('20110101') }, asOf, errors: [{ field: 'website.principal.idNumber', messageId: 'refused' }] },
    { name: 'Guangdong 15 before HW: proof', fields: { 'subject.province': '广东省', 'subject.principal.idNumber': born('20110101') }, asOf: '2025-06-01', errors: [{ field: 'subject.principal.idNumber', messageId: 'needsProof' }] },
    { name: 'Guangdong 15 after HW: refused', fields: { 'subject.province': '广东省', 'subject.principal.idNumber': born('20110101') }, asOf, errors: [{ field: 'subject.principal.idNumber', messageId: 'refused' }] },
    { fields: { 'subject.province': '天津市', 'subject.principal.idNumber': born('20100101') }, asOf, errors: [{ field: 'subject.principal.idNumber', messageId: 'refused' }] },
  ],
});
