import { describe, expect, it } from 'vitest';
import type { FieldValues, FilingType } from '../domain/draft-file';
import type { StepProgress } from '../domain/step';
import { planSteps } from '../planner/plan-steps';
import { documentChecklist, type ChecklistInput, type ChecklistItem } from './checklist';
import { withLegalRep, withTick } from './progress';

const A = '13800138000';
const B = '13900139000';

/** A unit (enterprise) filing in `province`; the website principal is another person unless `samePerson`. */
function unit(province: string, opts: { samePerson?: boolean; extra?: FieldValues } = {}): FieldValues {
  return {
    'subject.province': province,
    'subject.nature': '企业',
    'subject.certType': '营业执照',
    'subject.name': '示例科技有限公司',
    'subject.principal.name': '张三',
    'subject.principal.idNumber': '11010519491231002X',
    'subject.principal.mobile': A,
    'website.name': '示例科技官网',
    'website.domains': ['example.com'],
    ...(opts.samePerson
      ? { 'website.principal.name': '张三', 'website.principal.mobile': A }
      : { 'website.principal.name': '李四', 'website.principal.mobile': B, 'website.principal.idNumber': '440524188001010014' }),
    ...opts.extra,
  };
}

/** An individual filing; the ID card is from Beijing (11…). */
function individual(province: string, idNumber = '11010519491231002X'): FieldValues {
  return {
    'subject.province': province,
    'subject.nature': '个人',
    'subject.name': '张三',
    'subject.principal.name': '张三',
    'subject.principal.idNumber': idNumber,
    'subject.principal.mobile': A,
    'website.name': '张三的个人博客',
    'website.domains': ['zhangsan.cn'],
  };
}

function list(fields: FieldValues, over: Partial<ChecklistInput> = {}): ChecklistItem[] {
  return documentChecklist({ filingType: 'new', fields, day: '2026-12-01', ...over });
}
const ids = (items: ChecklistItem[]) => items.map((i) => `${i.id}${i.need === 'conditional' ? '?' : ''}`);

describe('document checklist: provinces × natures × principals', () => {
  const scenarios: { name: string; fields: FieldValues; over?: Partial<ChecklistInput>; expected: string[] }[] = [
    {
      name: 'Beijing unit, website principal is another person, subject principal is the legal rep',
      fields: unit('北京市'),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'id-card:website.principal', 'authenticity-statement', 'authorisation-letter:website.principal', 'legal-rep-id'],
    },
    {
      name: 'Beijing unit, one principal, legal rep not answered: letter and legal rep ID conditional',
      fields: unit('北京市', { samePerson: true }),
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'authorisation-letter:subject.principal?', 'legal-rep-id?'],
    },
    {
      name: 'Tianjin unit, one principal who is the legal rep: no letter',
      fields: unit('天津市', { samePerson: true }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement'],
    },
    {
      name: 'Jiangsu unit from 2021-06-01: domain certificates, notice and commitment',
      fields: unit('江苏省', { extra: { 'website.domains': ['example.com', 'example.cn'] } }),
      over: { subjectPrincipalIsLegalRep: false },
      expected: [
        'subject-certificate', 'id-card:subject.principal', 'id-card:website.principal', 'authenticity-statement',
        'authorisation-letter:website.principal', 'authorisation-letter:subject.principal',
        'domain-certificate:example.com', 'domain-certificate:example.cn',
        'province:js-responsibility-notice', 'province:js-commitment',
      ],
    },
    {
      name: 'Jiangsu unit before 2021-06-01: domain certificates but no notice or commitment',
      fields: unit('江苏省', { samePerson: true }),
      over: { day: '2021-05-31', subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'domain-certificate:example.com'],
    },
    {
      name: 'Jiangsu individual with a Beijing ID: residence proof, no letter',
      fields: individual('江苏省'),
      expected: ['id-card:subject.principal', 'authenticity-statement', 'domain-certificate:zhangsan.cn', 'residence-proof', 'province:js-responsibility-notice', 'province:js-commitment'],
    },
    {
      name: 'Jiangsu individual with a Jiangsu ID: no residence proof',
      fields: individual('江苏省', '320102199001011237'),
      expected: ['id-card:subject.principal', 'authenticity-statement', 'domain-certificate:zhangsan.cn', 'province:js-responsibility-notice', 'province:js-commitment'],
    },
    {
      name: 'Tibet unit: party confirmation letter',
      fields: unit('西藏自治区', { samePerson: true }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'province:xz-party-confirmation'],
    },
    {
      name: 'Xinjiang unit: party-building certificate',
      fields: unit('新疆维吾尔自治区', { samePerson: true }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'province:xj-party-building'],
    },
    {
      name: 'Xinjiang individual: no party-building certificate (units only)',
      fields: individual('新疆维吾尔自治区', '650102199001011234'),
      expected: ['id-card:subject.principal', 'authenticity-statement'],
    },
    {
      name: 'Shanghai unit, other website principal: letter, commitment; statement within 3 months',
      fields: unit('上海市'),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'id-card:website.principal', 'authenticity-statement', 'authorisation-letter:website.principal', 'province:sh-commitment'],
    },
    {
      name: 'Guizhou unit with 4 domains: domain certificates; with 3: none',
      fields: unit('贵州省', { samePerson: true, extra: { 'website.domains': ['a.cn', 'b.cn', 'c.cn', 'd.cn'] } }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'domain-certificate:a.cn', 'domain-certificate:b.cn', 'domain-certificate:c.cn', 'domain-certificate:d.cn'],
    },
    {
      name: 'Guizhou unit with 3 domains: no domain certificates',
      fields: unit('贵州省', { samePerson: true, extra: { 'website.domains': ['a.cn', 'b.cn', 'c.cn'] } }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement'],
    },
    {
      name: 'Guangdong unit with a pre-approval: approval documents and commitment',
      fields: unit('广东省', { samePerson: true, extra: { 'website.preApproval': '新闻' } }),
      over: { subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'pre-approval:website.preApproval', 'province:gd-commitment'],
    },
    {
      name: 'Zhejiang individual without an ID number: residence proof conditional (HW 2025)',
      fields: { ...individual('浙江省'), 'subject.principal.idNumber': '' },
      expected: ['id-card:subject.principal', 'authenticity-statement', 'residence-proof?'],
    },
    {
      name: 'Qinghai change of website: the five-picture set',
      fields: unit('青海省', { samePerson: true }),
      over: { filingType: 'change-website', subjectPrincipalIsLegalRep: true },
      expected: ['subject-certificate', 'id-card:subject.principal', 'authenticity-statement', 'province:qh-change-photos'],
    },
    {
      name: 'Claim: only the subject principal’s ID card',
      fields: unit('北京市'),
      over: { filingType: 'claim' },
      expected: ['id-card:subject.principal'],
    },
  ];

  it.each(scenarios)('$name', ({ fields, over, expected }) => {
    expect(ids(list(fields, over))).toEqual(expected);
  });

  it('every item has zh/en title and why and at least one source', () => {
    for (const s of scenarios) {
      for (const item of list(s.fields, s.over)) {
        expect(item.title.zh && item.title.en && item.why.zh && item.why.en).toBeTruthy();
        expect(item.sources.length).toBeGreaterThan(0);
        if (item.need === 'conditional') expect(item.when?.zh).toBeTruthy();
      }
    }
  });

  it('the same person as website principal uploads one ID card', () => {
    const f = { ...unit('天津市'), 'website.principal.mobile': '+86 138-0013-8000' };
    expect(ids(list(f, { subjectPrincipalIsLegalRep: true })).filter((i) => i.startsWith('id-card'))).toEqual(['id-card:subject.principal']);
  });
});

describe('document checklist in the document-upload step', () => {
  const step = (fields: FieldValues, filingType: FilingType, progress?: StepProgress) =>
    planSteps({ filingType, fields }, { asOf: '2026-12-01', progress }).find((s) => s.id === 'document-upload');

  it('carries the checklist with the user’s ticks and the legal-rep answer', () => {
    let progress = withTick({ done: {} }, 'authenticity-statement', true);
    progress = withLegalRep(progress, false);
    const s = step(unit('北京市', { samePerson: true }), 'new', progress)!;
    const docs = s.documents!;
    expect(docs.find((d) => d.id === 'authenticity-statement')?.ticked).toBe(true);
    expect(docs.find((d) => d.id === 'subject-certificate')?.ticked).toBe(false);
    expect(docs.find((d) => d.id === 'authorisation-letter:subject.principal')?.need).toBe('required');
    expect(docs.find((d) => d.id === 'legal-rep-id')?.need).toBe('required');
  });

  it('ignores a malformed checklist progress rather than guessing', () => {
    const s = step(unit('北京市'), 'new', { done: {}, documents: { ticked: 'yes' } })!;
    expect(s.documents!.every((d) => !d.ticked)).toBe(true);
  });

  it('no upload step, no checklist, for cancellations', () => {
    expect(step(unit('北京市'), 'cancel-website')).toBeUndefined();
  });
});
