// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepProgress } from '../../domain/step';
import { planSteps } from '../../planner/plan-steps';
import { LangContext } from '../i18n-context';
import { DocumentChecklist } from './DocumentChecklist';

const fields = {
  'subject.province': '江苏省',
  'subject.nature': '企业',
  'subject.principal.name': '张三',
  'subject.principal.mobile': '13800138000',
  'website.principal.name': '李四',
  'website.principal.mobile': '13900139000',
  'website.domains': ['example.com'],
};

function mount(progress: StepProgress, saved: StepProgress[]): HTMLElement {
  const step = planSteps({ filingType: 'new', fields }, { asOf: '2026-12-01', progress }).find((s) => s.id === 'document-upload')!;
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <LangContext.Provider value="zh">
      <DocumentChecklist step={step} progress={progress} onChange={(p) => saved.push(p)} />
    </LangContext.Provider>,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DocumentChecklist', () => {
  it('lists the filing’s documents with ticks, labels and why', () => {
    const root = mount({ done: {}, documents: { ticked: { 'authenticity-statement': true } }, uploadChecks: { 'id-card': { checked: 2, warnings: 1, at: 'x' } } }, []);
    const ids = [...root.querySelectorAll('[data-icp-document]')].map((li) => li.getAttribute('data-icp-document'));
    expect(ids).toContain('province:js-commitment');
    expect(ids).toContain('authorisation-letter:website.principal');
    const ticked = root.querySelector<HTMLInputElement>('[data-icp-document="authenticity-statement"] input')!;
    expect(ticked.checked).toBe(true);
    // Every checkbox has its label (screen readers).
    for (const box of root.querySelectorAll<HTMLInputElement>('[data-icp-document] input[type=checkbox]')) {
      expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBeTruthy();
    }
    expect(root.querySelector('[data-icp-document="authorisation-letter:subject.principal"]')?.getAttribute('data-icp-document-need')).toBe('conditional');
    expect(root.querySelector('[data-icp-upload-checks]')?.textContent).toContain('2');
    expect(root.textContent).toContain('需要准备的资料');
  });

  it('saves a tick and the legal-rep answer in the progress, never a stale upload-check count', () => {
    const saved: StepProgress[] = [];
    const root = mount({ done: {}, uploadChecks: { 'id-card': { checked: 1, warnings: 0, at: 'x' } } }, saved);
    root.querySelector<HTMLInputElement>('[data-icp-document="subject-certificate"] input')!.click();
    root.querySelector<HTMLInputElement>('[data-icp-legal-rep="no"]')!.click();
    expect(saved[0]).toMatchObject({ documents: { ticked: { 'subject-certificate': true } } });
    expect(saved[1]).toMatchObject({ documents: { legalRep: false } });
    expect(saved.every((p) => !('uploadChecks' in p))).toBe(true);
  });
});
