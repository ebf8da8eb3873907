import { describe, expect, it } from 'vitest';
import { createTabFilings, TAB_CONTINUITY_MS } from './tab-filings';

/** storage.session as a plain object, shared by the "workers" created over it. */
function sessionArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (v: Record<string, unknown>) => void Object.assign(data, structuredClone(v)),
  };
}

describe('tab filings: which page session each tab frame shows', () => {
  it('a page seen later in the same frame replaces it; a late message from the old page does not take it back', async () => {
    const tabs = createTabFilings(sessionArea());
    await tabs.seePage('a', 7, 0);
    expect(await tabs.whereIs('a')).toEqual({ tabId: 7, live: true });
    await tabs.seePage('b', 7, 0);
    await tabs.seePage('a', 7, 0);
    expect(await tabs.whereIs('a')).toEqual({ tabId: 7, live: false });
    expect(await tabs.whereIs('b')).toEqual({ tabId: 7, live: true });
    expect(await tabs.whereIs('never-seen')).toBeUndefined();
  });

  it('a new top-frame page ends the tab\'s child frames; a closed tab ends its pages', async () => {
    const tabs = createTabFilings(sessionArea());
    await tabs.seePage('top', 8, 0);
    await tabs.seePage('child', 8, 3);
    await tabs.seePage('other-tab', 9, 0);
    await tabs.seePage('top-2', 8, 0);
    expect(await tabs.whereIs('child')).toEqual({ tabId: 8, live: false });
    expect(await tabs.whereIs('other-tab')).toEqual({ tabId: 9, live: true });
    await tabs.remember({ tabId: 9, sessionId: 'other-tab', origin: 'https://x.cn', url: 'https://x.cn/a', draftId: 'd9' });
    await tabs.forgetTab(9);
    expect(await tabs.whereIs('other-tab')).toEqual({ tabId: 9, live: false });
    // What the closed tab was writing is still known, for a copy its last page left behind.
    expect((await tabs.forTab(9, 'https://x.cn'))?.draftId).toBe('d9');
  });

  it('forgets a tab\'s filing once its continuity has run out', async () => {
    let clock = 1_000_000;
    const tabs = createTabFilings(sessionArea(), () => clock);
    await tabs.remember({ tabId: 1, origin: 'https://x.cn', url: 'https://x.cn/a', draftId: 'old' });
    clock += TAB_CONTINUITY_MS + 1;
    await tabs.remember({ tabId: 2, origin: 'https://x.cn', url: 'https://x.cn/a', draftId: 'new' });
    clock -= TAB_CONTINUITY_MS;
    expect(await tabs.forTab(1, 'https://x.cn')).toBeUndefined();
    expect((await tabs.forTab(2, 'https://x.cn'))?.draftId).toBe('new');
  });

  it('knows whether the browser has just started: only the first worker over an empty storage.session', async () => {
    const area = sessionArea();
    expect(await createTabFilings(area).browserJustStarted()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    // A restarted worker of the same browser session finds the state (and the pages) again.
    const again = createTabFilings(area);
    expect(await again.browserJustStarted()).toBe(false);
  });

  it('reads a state written before page sessions were tracked', async () => {
    const area = sessionArea();
    area.data['icp-tab-filings'] = { tabs: { 5: { origin: 'https://x.cn', draftId: 'd', url: 'https://x.cn/a', at: Date.now() } }, sessions: {} };
    const tabs = createTabFilings(area);
    expect((await tabs.forTab(5, 'https://x.cn'))?.draftId).toBe('d');
    await tabs.seePage('s', 5, 0);
    expect(await tabs.whereIs('s')).toEqual({ tabId: 5, live: true });
  });
});
