// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftRecord, DraftSummary } from '../drafts/types';
import { PopupApp } from './PopupApp';
import { mountFull } from './mount-full';
import type { PopupServices } from './services-types';

/** A draft with `n` values. */
function draftWith(id: string, n: number): DraftRecord {
  const fields: Record<string, string> = { 'subject.name': `公司${id}` };
  for (let i = 1; Object.keys(fields).length < n; i++) fields[`website[${i}].name`] = `网站${i}`;
  return {
    id,
    name: `草稿 ${id}`,
    provider: 'aliyun',
    origin: 'https://beian.aliyun.com',
    filingType: 'new',
    fields,
    progress: { done: {} },
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    revision: 1,
  } as unknown as DraftRecord;
}

function summaryOf(d: DraftRecord): DraftSummary {
  return { id: d.id, name: d.name, provider: d.provider, origin: d.origin, filingType: d.filingType, createdAt: d.createdAt, updatedAt: d.updatedAt, fieldCount: Object.keys(d.fields).length };
}

/** The popup's services over one stored draft; records which drafts' values were loaded. */
function servicesFor(d: DraftRecord): { svc: PopupServices; loaded: string[] } {
  const loaded: string[] = [];
  const svc = {
    listDrafts: async () => [summaryOf(d)],
    latestDraftId: async () => d.id,
    getDraft: async (id: string) => {
      loaded.push(id);
      return id === d.id ? d : undefined;
    },
    getSummary: async (id: string) => (id === d.id ? summaryOf(d) : undefined),
    planSteps: () => [],
    stages: () => ({ stages: [], current: 0 }),
    checkDraft: async () => [],
    activeTab: async () => null,
    pageSummary: async () => null,
    pageDraftId: async () => null,
    siteState: async () => null,
    openOptions: () => undefined,
  } as unknown as PopupServices;
  return { svc, loaded };
}

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  const app = document.getElementById('app');
  if (app) render(null, app);
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('popup: the first draft is loaded only when it is small', () => {
  it('opens a draft of ordinary size at once', async () => {
    const { svc, loaded } = servicesFor(draftWith('small', 40));
    render(<PopupApp services={svc} search="" />, document.body);
    await until(() => document.querySelector('[data-icp-current-draft="small"]') !== null);
    expect(loaded).toContain('small');
  });

  it('never loads the values of a huge draft unasked: a button opens it', async () => {
    const { svc, loaded } = servicesFor(draftWith('huge', 1_200));
    render(<PopupApp services={svc} search="?draft=huge" />, document.body);
    await until(() => document.querySelector('[data-icp-large-draft="huge"]') !== null);
    // The list has loaded too, and still nothing read the draft's values.
    await until(() => document.querySelector('[data-icp-draft-switch]') !== null);
    expect(loaded).toEqual([]);
    expect(document.querySelector('[data-icp-large-draft]')?.textContent).toMatch(/1200/);
    expect(document.querySelector('[data-icp-current-draft]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-icp-action="open-large-draft"]')!.click();
    await until(() => document.querySelector('[data-icp-current-draft="huge"]') !== null);
    expect(loaded).toEqual(['huge']);
    expect(document.querySelector('[data-icp-large-draft]')).toBeNull();
  });
});

describe('popup takeover (mount-full): after a first screen, a huge draft is still not loaded unasked', () => {
  /** The first screen's hand-off for one draft, chosen by `?draft=ID` (as main.tsx passes it). */
  const firstFor = (d: DraftRecord) => {
    const row = { id: d.id, name: d.name, origin: d.origin, filingType: d.filingType, updatedAt: d.updatedAt };
    return { data: { lang: 'en' as const, tab: null, choice: { id: d.id, reason: 'query' as const }, current: row, rows: [row] }, selection: { id: d.id, reason: 'query' as const } };
  };

  it('loads a draft of ordinary size before it replaces the first screen', async () => {
    const d = draftWith('small', 40);
    const { svc, loaded } = servicesFor(d);
    document.body.innerHTML = '<div id="app"><main data-icp-popup>first screen</main></div>';
    await mountFull(document.getElementById('app')!, '?draft=small', firstFor(d), svc);
    expect(loaded).toEqual(['small']);
    await until(() => document.querySelector('[data-icp-current-draft="small"]') !== null);
    expect(document.querySelectorAll('[data-icp-popup]')).toHaveLength(1);
  });

  it('shows a huge draft by its summary and reads its values only when asked', async () => {
    const d = draftWith('huge', 1_200);
    const { svc, loaded } = servicesFor(d);
    document.body.innerHTML = '<div id="app"><main data-icp-popup>first screen</main></div>';
    await mountFull(document.getElementById('app')!, '?draft=huge', firstFor(d), svc);
    // The takeover rendered without reading the values (the first screen's text is gone).
    expect(loaded).toEqual([]);
    expect(document.body.textContent).not.toContain('first screen');
    await until(() => document.querySelector('[data-icp-large-draft="huge"]') !== null);
    expect(loaded).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-icp-action="open-large-draft"]')!.click();
    await until(() => document.querySelector('[data-icp-current-draft="huge"]') !== null);
    expect(loaded).toEqual(['huge']);
  });
});
