// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawFirstScreen, type Selection } from './draw-first-screen';
import type { FirstScreenData } from './load-first-screen';
import type { FirstRow } from './read-summaries';

const NOW = Date.now();
const iso = (ms: number) => new Date(NOW + ms).toISOString();
const HOUR = 3_600_000;

function row(id: string, name: string, head?: Partial<NonNullable<FirstRow['head']>>): FirstRow {
  return {
    id,
    name,
    origin: 'https://beian.aliyun.com',
    filingType: 'new',
    updatedAt: iso(-HOUR),
    ...(head ? { head: { v: 1, asOf: iso(-HOUR), until: iso(HOUR), stage: 1, ...head } } : {}),
  };
}

const a = row('a', '甲公司', { next: { id: 'sms', key: 'sms', title: { zh: '短信核验', en: 'SMS check' }, deadline: iso(3 * HOUR) }, province: '天津市' });
const b = row('b', '乙公司', { next: { id: 'upload', key: 'upload', title: { zh: '上传资料', en: 'Upload' } }, stage: 0 });
const noHead = row('c', '丙公司');

function draw(data: Partial<FirstScreenData>, selection: Selection) {
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  const onOptions = vi.fn();
  drawFirstScreen(app, { lang: 'en', tab: null, choice: selection, current: null, rows: [], ...data }, selection, onOptions);
  return { app, onOptions };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('first screen in plain DOM', () => {
  it('draws the header, the switcher, what to do next with its countdown, the type and the process bar', () => {
    const { onOptions } = draw({ rows: [a, b], current: a }, { id: 'a', reason: 'page' });
    expect(document.querySelector('h1')?.textContent).toBe('ICP Filing Helper');
    expect(document.querySelector('label[for="icp-draft-switch"]')?.textContent).toBe('Current draft · Draft of this page');
    const select = document.querySelector<HTMLSelectElement>('#icp-draft-switch')!;
    expect([...select.options].map((o) => o.value)).toEqual(['a', 'b']);
    expect(select.value).toBe('a');
    expect(document.querySelector('[data-icp-next-step]')?.getAttribute('data-icp-next-step')).toBe('sms');
    expect(document.querySelector('.next-title')?.textContent).toBe('SMS check');
    expect(document.querySelector('.countdown-left')?.textContent).toMatch(/left$/);
    expect(document.querySelector('.countdown')?.classList.contains('urgent')).toBe(true);
    expect(document.querySelector('.draft-meta')?.textContent).toBe('New filing · 天津市');
    expect(document.querySelector('[data-icp-stage-state="current"]')?.getAttribute('aria-current')).toBe('step');
    expect(document.querySelectorAll('[data-icp-stage-state="done"]')).toHaveLength(1);
    expect(document.documentElement.lang).toBe('en');
    document.querySelector<HTMLButtonElement>('[data-icp-action="options"]')!.click();
    expect(onOptions).toHaveBeenCalledOnce();
  });

  it('a switch is kept for the full popup and redraws below the switcher, the same select keeping the focus', () => {
    const selection: Selection = { id: 'a', reason: 'recent' };
    draw({ rows: [a, b, noHead], current: a }, selection);
    const select = document.querySelector<HTMLSelectElement>('#icp-draft-switch')!;
    select.focus();
    select.value = 'b';
    select.dispatchEvent(new Event('change'));
    expect(selection).toEqual({ id: 'b', reason: 'query' });
    expect(document.activeElement).toBe(select);
    expect(document.querySelector('label[for="icp-draft-switch"] .hint')).toBeNull();
    expect(document.querySelectorAll('[data-icp-next-step]')).toHaveLength(1);
    expect(document.querySelector('[data-icp-next-step]')?.getAttribute('data-icp-next-step')).toBe('upload');
    expect(document.querySelector('.next-deadline')).toBeNull();
    // Without a head: the type alone and "loading", never another draft's next step.
    select.value = 'c';
    select.dispatchEvent(new Event('change'));
    expect(document.querySelector('[data-icp-next-step]')).toBeNull();
    expect(document.querySelector('.process-bar')).toBeNull();
    expect(document.querySelectorAll('.draft-meta')).toHaveLength(1);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Loading…');
  });

  it('shows the empty state in zh without drafts, and an unchosen switcher with "—"', () => {
    draw({ lang: 'zh', rows: [] }, { id: null, reason: 'none' });
    expect(document.querySelector('.empty')?.textContent).toMatch(/还没有草稿/);
    expect(document.querySelector('select')).toBeNull();
    expect(document.documentElement.lang).toBe('zh-CN');
    draw({ rows: [a] }, { id: null, reason: 'none' });
    const select = document.querySelector<HTMLSelectElement>('#icp-draft-switch')!;
    expect(select.options[0]?.textContent).toBe('—');
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(select.querySelector('option[value=""]')).toBeNull();
  });
});
