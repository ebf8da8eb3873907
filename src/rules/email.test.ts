import { email } from './email';
import { ruleTester } from './support/rule-tester';

ruleTester(email, {
  valid: [
    { fields: { 'subject.principal.email': 'zhang.san@example.com' } },
    { fields: { 'subject.principal.email': 'a+b@mail.example.com.cn', 'website.principal.email': '12345@qq.com' } },
    { fields: { 'subject.principal.email': '' } },
  ],
  invalid: [
    { fields: { 'subject.principal.email': 'zhangsan@example' }, errors: [{ field: 'subject.principal.email', messageId: 'format' }] },
    { fields: { 'subject.principal.email': 'zhangsan example.com' }, errors: [{ field: 'subject.principal.email', messageId: 'format' }] },
    { fields: { 'subject.principal.email': 'zhangsan＠example.com' }, errors: [{ field: 'subject.principal.email', messageId: 'fullwidth' }] },
    { fields: { 'subject.principal.email': 'a@b..com' }, errors: [{ field: 'subject.principal.email', messageId: 'format' }] },
    { fields: { 'website[1].principal.email': '张三@例子.中国' }, errors: [{ field: 'website[1].principal.email', messageId: 'format' }] },
  ],
});
