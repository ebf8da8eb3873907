import { describe, expect, it } from 'vitest';
import { CheckDraftError, checkDraft, isCalendarDay, loadDraft, parseArgs, toText } from './check-draft-core';

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
