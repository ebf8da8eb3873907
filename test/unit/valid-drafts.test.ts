/**
 * Realistic valid drafts (test/fixtures/valid-drafts) raise no finding through check-draft,
 * on today's rules; small edits of them do, so the set really exercises the rules.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, loadDraft } from '../../src/cli/check-draft-core';
import { VALID_DRAFTS } from '../fixtures/valid-drafts';

const AS_OF = '2026-06-01';
const check = (fields: Record<string, unknown>) =>
  checkDraft(loadDraft(JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields }), 'draft.json'), AS_OF);

describe('valid drafts raise nothing', () => {
  it('covers 23 drafts across provinces and natures', () => {
    expect(VALID_DRAFTS).toHaveLength(23);
    const provinces = new Set(VALID_DRAFTS.map((v) => v.draft.fields['subject.province']));
    expect(provinces.size).toBeGreaterThanOrEqual(16);
    expect(new Set(VALID_DRAFTS.map((v) => v.draft.fields['subject.nature']))).toEqual(new Set(['企业', '个人']));
  });

  it.each(VALID_DRAFTS.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = check(v.draft.fields);
    expect(r.findings.map((f) => `${f.rule} ${f.field}: ${f.message.en}`)).toEqual([]);
    expect(r.omittedFindings).toEqual([]);
  });

  it.each([
    ['Tianjin company', { 'subject.principal.mobile': '13801012345' }, 'local-mobile'],
    ['Tianjin company', { 'website.principal.phone': '086-010-66881235' }, 'office-phone-area-code'],
    ['Beijing company', { 'website.principal.mobile': '17012345678' }, 'virtual-operator-mobile'],
    ['Beijing company', { 'website.domains': ['yunfan-tech.me'] }, 'domain-suffix'],
    ['Jiangsu individual', { 'website.name': '周文静的读书笔记' }, 'website-name'],
  ] as const)('%s with %j raises %s', (name, edit, rule) => {
    const v = VALID_DRAFTS.find((d) => d.name === name)!;
    expect(check({ ...v.draft.fields, ...edit }).findings.map((f) => f.rule)).toContain(rule);
  });
});
