import { computeIdCheckChar } from './checksums';
import { localId } from './local-id';
import { ruleTester } from './support/rule-tester';

const id = (region: string) => `${region}19900101001` + computeIdCheckChar(`${region}19900101001`);
const person = (province: string, region: string) => ({ 'subject.nature': '个人', 'subject.province': province, 'subject.principal.idNumber': id(region) });

ruleTester(localId, {
  valid: [
    { fields: person('山西省', '140105') },
    { fields: person('北京市', '330106') },
    { fields: { ...person('山西省', '110105'), 'subject.nature': '企业' } },
    { fields: person('上海市', '310104') },
    { name: 'Zhejiang before HW', fields: person('浙江省', '110105'), asOf: '2025-01-01' },
  ],
  invalid: [
    { fields: person('山西省', '110105'), errors: [{ field: 'subject.principal.idNumber', messageId: 'required', severity: 'warning' }] },
    { fields: person('江苏省', '110105'), errors: [{ field: 'subject.principal.idNumber', messageId: 'residenceProof', severity: 'info' }] },
    { fields: person('浙江省', '110105'), errors: [{ field: 'subject.principal.idNumber', messageId: 'residenceProof' }] },
    { name: 'subject certificate number', fields: { 'subject.nature': '个人', 'subject.province': '甘肃省', 'subject.certType': '身份证', 'subject.certNumber': id('110105') }, errors: [{ field: 'subject.certNumber', messageId: 'required' }] },
  ],
});
