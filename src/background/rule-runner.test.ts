import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/finding';
import { createRuleRunner, patternToRegExp } from './rule-runner';

const sig = (fs: readonly Finding[]) => fs.map((f) => `${f.rule}|${f.field}|${f.message.en}`).sort();

describe('rule runner', () => {
  it('matches rule field patterns against canonical keys', () => {
    expect(patternToRegExp('website[*].principal.mobile').test('website.principal.mobile')).toBe(true);
    expect(patternToRegExp('website[*].principal.mobile').test('website[2].principal.mobile')).toBe(true);
    expect(patternToRegExp('website[*].principal.mobile').test('subject.principal.mobile')).toBe(false);
    expect(patternToRegExp('subject.*').test('subject.principal.email')).toBe(true);
    expect(patternToRegExp('subject.certNumber').test('subjectXcertNumber')).toBe(false);
  });

  it('re-running only the rules of the typed field gives what a full run gives', () => {
    const runner = createRuleRunner(() => new Date('2026-06-01'));
    let values: Record<string, string> = {
      'subject.province': '天津市',
      'subject.certAddress': '北京市海淀区中关村大街27号',
      'subject.mailingAddress': '天津市南开区卫津路92号',
      'subject.principal.mobile': '1234567',
      'subject.principal.email': 'a@',
      'website.principal.mobile': '13800138000',
      'website.principal.email': 'b@example.com',
    };
    let findings = runner.all(values);
    const steps: Array<[string, string]> = [
      ['subject.principal.mobile', '13800138000'],
      ['subject.principal.email', 'a@example.com'],
      ['website.principal.mobile', '0571-8888888'],
      ['subject.certAddress', '天津市南开区卫津路92号'],
      ['website.principal.email', 'a@example.com'],
    ];
    for (const [key, value] of steps) {
      values = { ...values, [key]: value };
      findings = runner.changed(values, [key], findings);
      expect(sig(findings)).toEqual(sig(runner.all(values)));
    }
  });
});
