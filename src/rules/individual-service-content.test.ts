import { individualServiceContent } from './individual-service-content';
import { ruleTester } from './support/rule-tester';

ruleTester(individualServiceContent, {
  valid: [
    { fields: { 'subject.nature': '个人', 'website.serviceContent': ['其他'] } },
    { fields: { 'subject.nature': '个人', 'website.serviceContent': ['博客/个人空间'] } },
    { fields: { 'subject.nature': '企业', 'website.serviceContent': ['单位门户网站'] } },
  ],
  invalid: [
    { fields: { 'subject.nature': '个人', 'website.serviceContent': ['单位门户网站', '其他'] }, errors: [{ field: 'website.serviceContent', messageId: 'unitContent', severity: 'warning' }] },
    { fields: { 'subject.nature': '个人', 'website[1].serviceContent': ['综合门户'] }, errors: [{ field: 'website[1].serviceContent' }] },
  ],
});
