import { individualRemarks } from './individual-remarks';
import { ruleTester } from './support/rule-tester';

const TJ = '本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚';

ruleTester(individualRemarks, {
  valid: [
    { fields: { 'subject.nature': '个人', 'subject.province': '北京市', 'website.name': '摄影作品集', 'website.remarks': '记录个人摄影作品和旅行见闻' } },
    { fields: { 'subject.nature': '企业', 'website.name': '示例科技官网' } },
    { fields: { 'subject.nature': '个人', 'subject.province': '天津市', 'website.name': '摄影作品集', 'website.remarks': TJ } },
    { fields: { 'subject.nature': '个人', 'subject.province': '江苏省', 'website.name': '张三的个人博客', 'website.remarks': '本网站为个人网站，做记录使用，网站开通后主要内容为摄影' } },
    { name: 'website not started', fields: { 'subject.nature': '个人', 'subject.province': '北京市' } },
  ],
  invalid: [
    { fields: { 'subject.nature': '个人', 'subject.province': '北京市', 'website.name': '摄影作品集' }, errors: [{ field: 'website.remarks', messageId: 'describe', severity: 'warning' }] },
    { fields: { 'subject.nature': '个人', 'subject.province': '天津市', 'website.name': '摄影作品集', 'website.remarks': '个人摄影作品' }, errors: [{ field: 'website.remarks', messageId: 'tianjin' }] },
    { fields: { 'subject.nature': '个人', 'subject.province': '江苏省', 'website[1].name': '张三的个人博客', 'website[1].remarks': '摄影' }, errors: [{ field: 'website[1].remarks', messageId: 'jiangsu' }] },
  ],
});
