import { ruleTester } from './support/rule-tester';
import { websiteName } from './website-name';

const unit = { 'subject.nature': '企业', 'subject.province': '北京市' };
const person = (province: string) => ({ 'subject.nature': '个人', 'subject.province': province });

ruleTester(websiteName, {
  valid: [
    { fields: { ...unit, 'website.name': '示例科技官网' } },
    { fields: { ...unit, 'website.name': 'ABC示例科技' } },
    { fields: { 'subject.nature': '政府机关', 'website.name': '中国某某部门户' } },
    { fields: { ...person('天津市'), 'website.name': '摄影作品集' } },
    { fields: { ...person('江苏省'), 'website.name': '张三的个人博客' } },
    { fields: { ...person('江苏省'), 'website.name': '张三的个人主页' } },
    { name: 'pre-approval chosen', fields: { ...person('天津市'), 'website.name': '张三博客集', 'website.preApproval': '新闻' } },
    { name: 'empty', fields: { ...unit, 'website.name': '' } },
  ],
  invalid: [
    { fields: { ...unit, 'website.name': '示例' }, errors: [{ field: 'website.name', messageId: 'tooFewHan', severity: 'error' }] },
    { fields: { ...unit, 'website.name': 'Example Site' }, errors: [{ field: 'website.name', messageId: 'latinOnly' }] },
    { fields: { ...unit, 'website.name': '示例科技★官网!' }, errors: [{ field: 'website.name', messageId: 'specialChars' }] },
    { fields: { ...unit, 'website.name': 'example.com', 'website.domains': ['example.com'] }, errors: [{ field: 'website.name', messageId: 'isDomain' }] },
    { fields: { ...unit, 'website.name': '中国示例科技' }, errors: [{ field: 'website.name', messageId: 'nationalPrefix', severity: 'warning' }] },
    { fields: { ...unit, 'website.name': '全国示例联盟' }, errors: [{ field: 'website.name', messageId: 'nationalPrefix' }] },
    { fields: { ...unit, 'website.name': '示例赌博游戏' }, errors: [{ field: 'website.name', messageId: 'sensitive' }] },
    { fields: { ...person('天津市'), 'website.name': '张三的工作室' }, errors: [{ field: 'website.name', messageId: 'individualBanned' }] },
    { fields: { ...person('北京市'), 'website.name': '摄影评论集' }, errors: [{ field: 'website.name', messageId: 'provinceBanned' }] },
    { fields: { ...person('天津市'), 'website.name': '好物分享集' }, errors: [{ field: 'website.name', messageId: 'provinceBanned' }] },
    { fields: { ...person('天津市'), 'website.name': '张三在线集' }, errors: [{ field: 'website.name', messageId: 'preApproval', severity: 'warning' }] },
    { fields: { ...person('江苏省'), 'website.name': '摄影作品集' }, errors: [{ field: 'website.name', messageId: 'jiangsuPattern' }] },
    { name: 'Shanghai: no 论坛 even for units', fields: { 'subject.nature': '企业', 'subject.province': '上海市', 'website[1].name': '示例科技论坛' }, errors: [{ field: 'website[1].name', messageId: 'provinceBanned' }] },
  ],
});
