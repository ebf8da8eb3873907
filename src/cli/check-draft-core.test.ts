import { describe, expect, it } from 'vitest';
import { CheckDraftError, checkDraft, decodeDraftBytes, isCalendarDay, loadDraft, parseArgs, toText } from './check-draft-core';

describe('parseArgs', () => {
  it.each([
    [['a.json'], { file: 'a.json', format: 'json', lang: 'en', outstanding: false }],
    [['a.json', '--as-of', '2019-03-01'], { asOf: '2019-03-01' }],
    [['--as-of=2019-03-01', 'a.json'], { file: 'a.json', asOf: '2019-03-01' }],
    [['a.json', '--format', 'text', '--lang', 'zh', '--outstanding'], { format: 'text', lang: 'zh', outstanding: true }],
    [['-'], { file: '-' }],
  ] as const)('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [[], /no draft file/],
    [['a.json', 'b.json'], /expected one draft file, got 2/],
    [['a.json', '--as-of'], /--as-of needs a value/],
    [['a.json', '--as-of', '20190301'], /expected a date YYYY-MM-DD/],
    [['a.json', '--lang', 'fr'], /--lang: expected en or zh/],
    [['a.json', '--format', 'xml'], /--format: expected json or text/],
    [['a.json', '--verbose'], /unknown option "--verbose"/],
  ] as const)('%j is refused with exit code 2', (argv, message) => {
    const run = () => parseArgs(argv);
    expect(run).toThrow(CheckDraftError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (e) {
      expect((e as CheckDraftError).exitCode).toBe(2);
    }
  });

  it('--help needs no file', () => {
    expect(parseArgs(['--help']).help).toBe(true);
  });
});

describe('isCalendarDay', () => {
  it.each([
    ['2019-03-01', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13-01', false],
    ['2019-3-1', false],
  ])('%s → %s', (s, ok) => expect(isCalendarDay(s)).toBe(ok));
});

describe('loadDraft and checkDraft', () => {
  const draft = { format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.province': '天津市', 'subject.principal.mobile': '13800138000' } };

  it('keeps extra top-level properties out of the way and reads progress', () => {
    const loaded = loadDraft(JSON.stringify({ ...draft, name: 'x', progress: { done: { 'document-upload': true } } }), 'd.json');
    expect(loaded.progress.done).toEqual({ 'document-upload': true });
    const result = checkDraft(loaded, '2019-06-01');
    expect(result.steps.find((s) => s.id === 'document-upload')?.done).toBe(true);
    expect(checkDraft(loaded, '2019-06-01', undefined, true).steps.some((s) => s.id === 'document-upload')).toBe(false);
  });

  it('defaults asOf to the Beijing day of `now`', () => {
    const result = checkDraft(loadDraft(JSON.stringify(draft), 'd.json'), undefined, new Date('2020-08-16T16:30:00Z'));
    expect(result.asOf).toBe('2020-08-17');
  });

  it.each([
    ['not JSON', '{ nope', /d\.json: not JSON/],
    ['not a draft', '{"items":[1]}', /d\.json: not an ICP filing draft: format: .*; fields:/],
    ['unknown filing type', JSON.stringify({ ...draft, filingType: 'renew' }), /filingType: unknown filing type "renew" \(expected one of new, transfer,/],
    ['unknown field key', JSON.stringify({ ...draft, fields: { 'subject.colour': 'x' } }), /fields\.subject\.colour: unknown field key/],
    ['bad field value', JSON.stringify({ ...draft, fields: { 'subject.name': 42 } }), /fields\.subject\.name: /],
  ])('%s is refused with exit code 1', (_label, text, message) => {
    expect(() => loadDraft(text, 'd.json')).toThrow(message);
    try {
      loadDraft(text, 'd.json');
    } catch (e) {
      expect((e as CheckDraftError).exitCode).toBe(1);
    }
  });

  it('refuses a bad progress block with exit code 1', () => {
    expect(() => loadDraft(JSON.stringify({ ...draft, progress: { done: 'yes' } }), 'd.json')).toThrow(/d\.json: invalid draft: progress\.done/);
  });

  it('text output lists findings and steps in the chosen language', () => {
    const text = toText(checkDraft(loadDraft(JSON.stringify(draft), 'd.json'), '2019-06-01'), 'zh');
    expect(text).toContain('按 2019-06-01 的规则检查');
    expect(text).toMatch(/sms-verification\s+-\s+短信核验：13800138000/);
  });
});

describe('input encoding and limits (issue 13)', () => {
  const draft = (fields: Record<string, unknown>) => JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields });

  it('accepts UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode(draft({ 'subject.province': '天津市' }));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(loadDraft(withBom, 'a.json').draft.fields['subject.province']).toBe('天津市');
    expect(loadDraft(bytes, 'a.json').draft.fields['subject.province']).toBe('天津市');
    expect(loadDraft(`\uFEFF${draft({})}`, 'a.json').draft.filingType).toBe('new');
  });

  it.each([
    ['GBK', new Uint8Array([0x7b, 0x22, 0xcc, 0xec, 0xbd, 0xf2, 0x22, 0x7d]), /not UTF-8 text \(it looks like GBK/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), /UTF-16 text; save it as UTF-8/],
  ] as const)('refuses %s with a clear encoding message', (_, bytes, message) => {
    expect(() => decodeDraftBytes(bytes, 'x.json')).toThrow(message);
    expect(() => loadDraft(bytes, 'x.json')).toThrow(CheckDraftError);
  });

  it('refuses a website index above the product limit of 50 websites', () => {
    expect(() => loadDraft(draft({ 'website[49].name': '示例网站' }), 'a.json')).not.toThrow();
    expect(() => loadDraft(draft({ 'website[50].name': '示例网站' }), 'a.json')).toThrow(/fields\.website\[50\]\.name: website index 50 is above the limit of 50 websites/);
    expect(() => loadDraft(draft({ 'website[99999999].name': 'x' }), 'a.json')).toThrow(CheckDraftError);
  });

  it('keeps at most 5 findings of a rule on a field and counts the rest', () => {
    const domains = Array.from({ length: 40 }, (_, i) => `bad domain ${i}`);
    const r = checkDraft(loadDraft(draft({ 'website.domains': domains }), 'a.json'), '2026-06-01');
    expect(r.findings.filter((f) => f.rule === 'domain-format')).toHaveLength(5);
    expect(r.omittedFindings).toContainEqual({ rule: 'domain-format', field: 'website.domains', count: 35 });
    expect(toText(r, 'en')).toContain('(35 more domain-format findings on website.domains not listed)');
  });
});

describe('text output names sources as readers know them (issue 13)', () => {
  it('gives titles, sections and dates, never internal source keys', () => {
    const text = JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields: { 'subject.province': '上海市', 'website.domains': ['example.name'], 'website.principal.mobile': '13611712345' } });
    for (const lang of ['en', 'zh'] as const) {
      const out = toText(checkDraft(loadDraft(text, 'a.json'), '2019-04-15'), lang);
      expect(out).toContain(lang === 'en' ? 'Alibaba Cloud: ICP Filing Procedures, §13, 2019-02-19' : '阿里云：ICP备案流程，第13节，2019-02-19');
      expect(out).not.toMatch(/seed-\d|ALI19|JD23|\bQC\b|\bHW\b|TX20|mirror|alipannu|newer-sources/);
    }
  });
});
