import { domainSuffix } from './domain-suffix';
import { ruleTester } from './support/rule-tester';

ruleTester(domainSuffix, {
  valid: [
    { fields: { 'website.domains': ['example.com', 'example.cn'] } },
    { fields: { 'website.domains': 'example.com.cn' } },
    { fields: { 'website.domains': ['例子.中国'] } },
    { fields: { 'website.domains': ['example.top'], 'website[1].domains': ['example.xyz'] } },
    { fields: { 'website.domains': ['beijing.gov.cn'], 'subject.nature': '政府机关' } },
    { fields: { 'website.domains': ['example.cn'], 'subject.nature': '事业单位' } },
    { fields: { 'website.domains': ['example.公益'], 'subject.nature': '事业单位' } },
    { name: '.cc fileable from 2019-02-19 (seed 003)', fields: { 'website.domains': ['example.cc'] }, asOf: '2019-10-01' },
    { name: 'issue 13 #6: .org fileable in Beijing from 2019-02-19 (seed 003 §3 note 3)', fields: { 'subject.province': '北京市', 'subject.nature': '企业', 'website.domains': ['yunfan-tech.org'] }, asOf: '2019-03-01' },
    { name: '.org still fileable today', fields: { 'website.domains': ['yunfan-tech.org'] } },
    { name: '.xyz and .co fileable from 2020-07-24 (TX20)', fields: { 'website.domains': ['example.xyz', 'example.co'] }, asOf: '2020-07-24' },
    { name: 'malformed left to domain-format', fields: { 'website.domains': ['not a domain'] } },
  ],
  invalid: [
    { name: '.org before seed 003 (ALI19-rej)', fields: { 'website.domains': ['example.org'] }, asOf: '2019-01-15', errors: [{ field: 'website.domains', messageId: 'unapproved', severity: 'error' }] },
    { fields: { 'website.domains': ['example.name'] }, errors: [{ field: 'website.domains', messageId: 'unapproved', severity: 'error' }] },
    {
      name: 'issue 13 #7: .xyz and .co not yet fileable on 2019-03-01 (seed 003)',
      fields: { 'website.domains': ['example.xyz', 'example.co'] },
      asOf: '2019-03-01',
      errors: [{ field: 'website.domains', messageId: 'unapproved' }, { field: 'website.domains', messageId: 'unapproved' }],
    },
    { name: '.me never on a fileable list (seed 003)', fields: { 'website.domains': ['example.me'] }, errors: [{ field: 'website.domains', messageId: 'unapproved' }] },
    { fields: { 'website.domains': ['example.io'] }, errors: [{ field: 'website.domains', messageId: 'unknown', severity: 'warning' }] },
    { name: '.cc before 2019-02-19 (ALI19-rej)', fields: { 'website.domains': ['example.cc'] }, asOf: '2019-01-01', errors: [{ field: 'website.domains', messageId: 'unapproved' }] },
    { fields: { 'website.domains': ['example.gov.cn'], 'subject.nature': '企业' }, errors: [{ field: 'website.domains', messageId: 'restricted', severity: 'error' }] },
    { fields: { 'website.domains': ['example.com'], 'subject.nature': '政府机关' }, errors: [{ field: 'website.domains', messageId: 'government', severity: 'warning' }] },
    { fields: { 'website[1].domains': ['example.com'], 'subject.nature': '事业单位' }, errors: [{ field: 'website[1].domains', messageId: 'institution' }] },
    { fields: { 'website.domains': ['a.com', 'b.io'] }, errors: [{ field: 'website.domains', messageId: 'unknown' }] },
  ],
});
