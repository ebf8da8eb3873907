import { provinceSiteNames } from './province-site-names';
import { ruleTester } from './support/rule-tester';

const hl = { 'subject.province': '黑龙江省', 'subject.nature': '企业', 'subject.name': '哈尔滨冰城数码科技有限公司' };

ruleTester(provinceSiteNames, {
  valid: [
    { fields: { ...hl, 'website.name': '哈尔滨冰城数码科技有限公司' } },
    { fields: { ...hl, 'website.name': '冰城数码官网' } },
    { name: 'individuals are not bound by the unit rule', fields: { ...hl, 'subject.nature': '个人', 'website.name': '松花江摄影日志' } },
    { name: 'other provinces', fields: { ...hl, 'subject.province': '北京市', 'website.name': '雪乡旅游' } },
    { fields: { 'subject.province': '陕西省', 'website.name': '长安教育', 'website[1].name': '长安教育题库' } },
  ],
  invalid: [
    { fields: { ...hl, 'website.name': '雪乡旅游指南' }, errors: [{ field: 'website.name', messageId: 'unitName', severity: 'warning' }] },
    {
      fields: { 'subject.province': '陕西省', 'website.name': '长安教育', 'website[2].name': '长安 教育' },
      errors: [{ field: 'website[2].name', fields: ['website[2].name', 'website.name'], messageId: 'duplicate', severity: 'error' }],
    },
  ],
});
