import { describe, expect, it } from 'vitest';
import { documentChecklist } from '../documents/checklist';
import { FILING_TYPES, type FieldValues } from '../domain/draft-file';
import { planSteps } from '../planner/plan-steps';
import { RULES } from '../rules/registry';
import { UPLOAD_RULES } from '../uploads/registry';
import { PLANNER_SOURCES } from './planner-sources';
import { PROVINCES } from './provinces';
import { readableSource, readableSourceLines, readableSourceText, splitCitations, zhSection } from './source-citation';
import { cite, SOURCES, type SourceDoc } from './sources';

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

const DOCS: Record<string, SourceDoc> = { ...SOURCES, ...PLANNER_SOURCES };

/** A string that is one citation as `cite()`/`citeAny()` write it (not a conflict note naming a key). */
function isCitation(s: string): boolean {
  return Object.values(DOCS).some((d) => s === d.key || ((s.startsWith(`${d.key} `) || s.startsWith(`${d.key}-`)) && s.endsWith(` (${d.title}, ${d.date})`)));
}

/** Every citation string held in the data of the modules that cite (facts, rules, planner, documents, uploads). */
function citationsInData(): string[] {
  const modules = import.meta.glob(['../facts/*.ts', '../rules/*.ts', '../planner/**/*.ts', '../documents/*.ts', '../uploads/rules/*.ts', '!**/*.test.ts'], { eager: true });
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') for (const c of splitCitations(v)) if (isCitation(c)) out.add(c);
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > 10) return;
    seen.add(v);
    for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(modules, 0);
  return [...out];
}

/** Every citation of every checklist item: provinces × natures × filing types × days × legal-rep answers. */
function checklistCitations(): string[] {
  const out = new Set<string>();
  for (const p of [...PROVINCES.map((x) => x.name), ''])
    for (const nature of ['企业', '个人', '事业单位', '政府机关'])
      for (const filingType of FILING_TYPES)
        for (const day of ['2019-03-01', '2021-07-01', '2026-12-01'])
          for (const subjectPrincipalIsLegalRep of [true, false, undefined]) {
            const fields: FieldValues = {
              'subject.province': p,
              'subject.nature': nature,
              'subject.principal.name': '张三',
              'subject.principal.idNumber': '11010519491231002X',
              'website.principal.name': '李四',
              'website.principal.idNumber': '440524188001010014',
              'website.domains': ['example.com', 'example.cn'],
              'website.preApproval': '新闻',
              'website[1].name': '第二个网站',
              'website[2].name': '第三个网站',
            };
            for (const item of documentChecklist({ filingType, fields, day, ...(subjectPrincipalIsLegalRep === undefined ? {} : { subjectPrincipalIsLegalRep }) }))
              for (const s of item.sources) for (const c of splitCitations(s)) out.add(c);
          }
  return [...out];
}

/** Words of Latin script a Chinese reader may see: proper names and acronyms kept as written. */
const LATIN_ALLOWED = new Set(['ICP', 'IP', 'App', 'APP', 'FAQ', 'URL', 'DNS', 'GB', 'MB', 'jpg', 'png', 'QingCloud', 'cntuanshan']);

/** The Latin words of a zh source line, leaving out links, domains and suffixes (`.cn`), codes with digits and allowed names. */
function latinWords(line: string): string[] {
  return line
    .replace(/<[^>]*>/g, ' ')
    .split(/[^A-Za-z0-9.'’\-_]+/)
    .filter((w) => /[A-Za-z]/.test(w) && !/\d/.test(w) && !/^\.|\.[a-z]{2,}$/.test(w) && !LATIN_ALLOWED.has(w.replace(/^[-'’]+|[-'’.]+$/g, '')));
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

  it('splits several citations but not a semicolon inside brackets or inside a section', () => {
    expect(splitCitations('QC a (x; y); HW b')).toEqual(['QC a (x; y)', 'HW b']);
    expect(splitCitations(`${cite('HW', 'changes; corrections')}; ${cite('QC')}`)).toEqual([cite('HW', 'changes; corrections'), cite('QC')]);
  });

  it('every citation in use reads as a known document without internal ids', { timeout: 30_000 }, () => {
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

  it('renders section numbers, steps, notes and provinces in Chinese by rule', () => {
    expect(readableSource(cite('seed-003', '§2 step 7'), 'zh').section).toBe('第2节第7步');
    expect(zhSection('§3 step 4 notes 1-2')).toBe('第3节第4步注1-2');
    expect(zhSection('§2 steps 1, 3, 4')).toBe('第2节第1、3、4步');
    expect(zhSection('Inner Mongolia')).toBe('内蒙古');
    expect(zhSection('GD, HL, LN (应急 ≠ 常用)')).toBe('广东、黑龙江、辽宁（应急 ≠ 常用）');
    expect(readableSourceLines(cite('seed-003', '§2 step 7'), 'zh')).toEqual(['阿里云：ICP备案流程，第2节第7步，2019-02-19']);
  });

  it('reads a free-English section in the zh text the citation carries, and never shows it in English', () => {
    const c = cite('HW', { en: 'uploads (jpg or png)', zh: '上传格式（jpg 或 png）' });
    expect(readableSource(c, 'zh').section).toBe('上传格式（jpg 或 png）');
    expect(readableSource(c, 'en').section).toBe('uploads (jpg or png)');
    expect(splitCitations(`${c}; ${cite('QC')}`)).toHaveLength(2);
    const f = cite('ALI19', { en: '-en Office phone number', zh: '办公电话' });
    expect(readableSource(f, 'zh').section).toBe('英文版，办公电话');
    expect(readableSource(f, 'en').section).toBe('English edition, Office phone number');
  });

  it('keeps slashes that are text, not paths (BJ/SD, .cn/.公益, 男60/女55)', () => {
    expect(readableSource(cite('HW', '事业单位 .cn/.公益'), 'en').section).toBe('事业单位 .cn/.公益');
    expect(readableSource(cite('ALI19', '-prov 辽宁 (投资管理/担保/典当/贷款/理财)'), 'zh').section).toBe('学习管局规则：各省备案规则，辽宁（投资管理/担保/典当/贷款/理财）');
    expect(readableSource(cite('HW', 'kb/topics/备案管局咨询.md'), 'zh').section).toBe('备案管局咨询');
  });

  it('under zh, no source line of a rule, step, checklist item or upload rule has an English word', () => {
    const cites = new Set([...citationsInUse(), ...checklistCitations(), ...UPLOAD_RULES.flatMap((r) => r.sources.flatMap(splitCitations)), ...citationsInData()]);
    expect(cites.size).toBeGreaterThan(150);
    const bad: string[] = [];
    for (const c of cites)
      for (const line of readableSourceLines(c, 'zh')) {
        const words = latinWords(line);
        if (words.length) bad.push(`${line}   <- ${words.join(' ')}`);
      }
    expect(bad).toEqual([]);
  }, 30_000);

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
