import { describe, expect, it } from 'vitest';
import { FILING_TYPES } from '../domain/draft-file';
import { planSteps } from '../planner/plan-steps';
import { RULES } from '../rules/registry';
import { readableSource, readableSourceLines, readableSourceText, splitCitations } from './source-citation';
import { cite } from './sources';

/** Internal ids, seed file names and mirrors that must never reach a reader. */
const INTERNAL = /seed-\d|\b0\d\d_[0-9a-f]{8}|ALI19|JD23|\bQC\b|\bHW\b|VOLC|TXV|TX20|TXTJ|MIIT633|MIITNUM|CERTFMT|DWERA|CNTS|XQC7|ALIREVIEW|MIITFOOTER|GB\d{5}\b|newer-sources|mirror|alipannu|yicenzzn|errata-ai|huaweicloud-skills|\.md\b/;

function citationsInUse(): string[] {
  const all = new Set<string>();
  for (const r of RULES) {
    for (const s of r.sources) all.add(s);
    for (const c of r.conflicts ?? []) for (const s of c.sources) all.add(s);
  }
  for (const province of ['北京市', '上海市', '天津市', '浙江省', '广东省', ''])
    for (const asOf of ['2018-06-01', '2019-03-01', '2019-04-15', '2019-05-01', '2020-09-01', '2026-06-01'])
      for (const filingType of FILING_TYPES)
        for (const s of planSteps(
          { filingType, fields: { 'subject.province': province, 'website.serviceContent': ['网上商城'] } },
          { asOf, progress: { done: {}, submittedToAdminAt: `${asOf}T10:00:00+08:00`, siteOpenedAt: asOf } },
        ))
          for (const x of s.sources) all.add(x);
  return [...all];
}

describe('readableSource', () => {
  it('gives the public title, section and date of a seed', () => {
    expect(readableSource(cite('seed-003', '§2 step 7'), 'en')).toEqual({ title: 'Alibaba Cloud: ICP Filing Procedures', section: '§2 step 7', date: '2019-02-19' });
    expect(readableSource(cite('seed-003', '§2 step 7'), 'zh').title).toBe('阿里云：ICP备案流程');
  });

  it('names the Alibaba help file by its own title and date, never the mirror', () => {
    expect(readableSource(cite('ALI19', '-rej'), 'en')).toEqual({ title: 'Alibaba Cloud ICP filing help', section: '常见备案申请驳回原因 (common rejection reasons)', date: '2018-12' });
    expect(readableSource(cite('ALI19', '关于上海地区用户备案APP临时调整的通知.md'), 'zh')).toMatchObject({ section: '关于上海地区用户备案APP临时调整的通知' });
  });

  it('reduces file paths to their names and gives links where public', () => {
    expect(readableSource(cite('HW', 'kb/procedures/备案短信核验.md'), 'en')).toEqual({ title: 'Huawei Cloud: ICP filing knowledge base', section: '备案短信核验', date: '2026-05' });
    expect(readableSource(cite('VOLC'), 'en').url).toBe('https://www.volcengine.com/docs/6428/68754');
  });

  it('splits several citations but not a semicolon inside brackets', () => {
    expect(splitCitations('a (x; y); b')).toEqual(['a (x; y)', 'b']);
  });

  it('every citation in use reads as a known document without internal ids', () => {
    const cites = citationsInUse();
    expect(cites.length).toBeGreaterThan(50);
    for (const c of cites) {
      for (const lang of ['en', 'zh'] as const) {
        const r = readableSource(c, lang);
        expect(r.title, c).not.toBe(c);
        for (const line of readableSourceLines(c, lang)) expect(line, c).not.toMatch(INTERNAL);
      }
    }
  });

  it('every rule reads its sources in both languages', () => {
    for (const r of RULES) {
      const t = readableSourceText(r.sources);
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.zh).not.toMatch(INTERNAL);
      expect(t.en).not.toMatch(INTERNAL);
    }
  });

  it('step texts users read (titles, details, notes, requirements) name no internal source ids', () => {
    const READ = /seed[- ]?\d|\bseeds\b|ALI19|JD23|\bQC\b|\bHW\b|VOLC|TXV|TX20|newer-sources|mirror|（00\d/;
    for (const province of ['北京市', '上海市', '天津市', '浙江省', '广东省', ''])
      for (const asOf of ['2018-06-01', '2019-03-01', '2019-04-15', '2019-05-01', '2020-09-01', '2026-06-01'])
        for (const filingType of FILING_TYPES)
          for (const s of planSteps({ filingType, fields: { 'subject.province': province, 'website.serviceContent': ['网上商城'] } }, { asOf })) {
            // The document-upload step's texts belong to the documents helper (src/facts/document-upload.ts).
            if (s.id === 'document-upload') continue;
            for (const t of [s.title, s.detail, ...(s.notes ?? []), ...(s.requirements ?? [])]) {
              expect(t.en, s.id).not.toMatch(READ);
              expect(t.zh, s.id).not.toMatch(READ);
            }
          }
  });
});
