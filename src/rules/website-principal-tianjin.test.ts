import { ruleTester } from './support/rule-tester';
import { websitePrincipalTianjin } from './website-principal-tianjin';

const unit = { 'subject.province': '天津市', 'subject.nature': '企业', 'subject.principal.name': '张三', 'subject.principal.idNumber': '11010519491231002X' };

ruleTester(websitePrincipalTianjin, {
  valid: [
    { fields: { ...unit, 'website.name': '示例科技官网', 'website.principal.name': '李四', 'website.principal.idNumber': '440524198001010014' } },
    { fields: { ...unit, 'subject.province': '北京市', 'website.name': '示例科技官网' } },
    { fields: { ...unit, 'subject.nature': '个人', 'website.name': '摄影作品集' } },
  ],
  invalid: [
    { name: 'no own website principal', fields: { ...unit, 'website.name': '示例科技官网' }, errors: [{ field: 'website.principal.name', messageId: 'same', severity: 'warning' }] },
    { fields: { ...unit, 'website.name': '示例科技官网', 'website.principal.name': '张三', 'website.principal.idNumber': '11010519491231002X' }, errors: [{ field: 'website.principal.idNumber' }] },
  ],
});
