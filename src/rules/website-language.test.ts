import { ruleTester } from './support/rule-tester';
import { websiteLanguage } from './website-language';

ruleTester(websiteLanguage, {
  valid: [
    { fields: { 'subject.province': '上海市', 'website.language': ['中文简体', '英语'] } },
    { fields: { 'subject.province': '上海市', 'website.language': ['Simplified Chinese'] } },
    { fields: { 'subject.province': '北京市', 'website.language': ['英语'] } },
    { fields: { 'subject.province': '上海市', 'website.language': [] } },
  ],
  invalid: [
    { fields: { 'subject.province': '上海市', 'website.language': ['英语'] }, errors: [{ field: 'website.language', messageId: 'shanghai', severity: 'error' }] },
    { fields: { 'subject.province': '上海市', 'website[1].language': ['中文繁体', '英语'] }, errors: [{ field: 'website[1].language' }] },
  ],
});
