import { liaoningFinancePrincipal } from './liaoning-finance-principal';
import { ruleTester } from './support/rule-tester';

const ln = { 'subject.province': '辽宁省', 'subject.nature': '企业', 'subject.name': '沈阳盛京投资管理有限公司', 'subject.principal.name': '王建国' };

ruleTester(liaoningFinancePrincipal, {
  valid: [
    { fields: { ...ln, 'website.principal.name': '王建国' } },
    { fields: { ...ln, 'subject.name': '沈阳北辰制造有限公司', 'website.principal.name': '李秀梅' } },
    { fields: { ...ln, 'subject.province': '吉林省', 'website.principal.name': '李秀梅' } },
  ],
  invalid: [
    {
      fields: { ...ln, 'website.principal.name': '李秀梅' },
      errors: [{ field: 'website.principal.name', fields: ['website.principal.name', 'subject.principal.name'], messageId: 'samePerson', severity: 'warning' }],
    },
  ],
});
