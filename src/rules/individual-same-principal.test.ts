import { individualSamePrincipal } from './individual-same-principal';
import { ruleTester } from './support/rule-tester';

ruleTester(individualSamePrincipal, {
  valid: [
    { fields: { 'subject.nature': '个人', 'subject.principal.name': '张三', 'website.principal.name': '张三' } },
    { fields: { 'subject.nature': '企业', 'subject.principal.name': '张三', 'website.principal.name': '李四' } },
    { fields: { 'subject.nature': '个人', 'subject.principal.name': '张三' } },
    { fields: { 'subject.nature': '个人', 'subject.name': '张三', 'subject.certNumber': '11010519491231002x', 'subject.principal.name': '张三', 'subject.principal.idNumber': '11010519491231002X' } },
  ],
  invalid: [
    { fields: { 'subject.nature': '个人', 'subject.name': '张三', 'subject.principal.name': '张山' }, errors: [{ field: 'subject.principal.name', messageId: 'subjectName', fields: ['subject.principal.name', 'subject.name'] }] },
    { fields: { 'subject.nature': '个人', 'subject.certNumber': '11010519491231002X', 'subject.principal.idNumber': '440524198001010014' }, errors: [{ field: 'subject.principal.idNumber', messageId: 'subjectId' }] },
    { fields: { 'subject.nature': '个人', 'subject.principal.name': '张三', 'website.principal.name': '李四' }, errors: [{ field: 'website.principal.name', messageId: 'different', fields: ['website.principal.name', 'subject.principal.name'] }] },
    {
      fields: { 'subject.nature': '个人', 'subject.principal.idNumber': '11010519491231002X', 'website[1].principal.idNumber': '440524198001010014', 'website[1].principal.name': '李四' },
      errors: [{ field: 'website[1].principal.idNumber', fields: ['website[1].principal.idNumber', 'subject.principal.idNumber'] }],
    },
  ],
});
