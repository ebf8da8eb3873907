import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../domain/finding';
import type { RecognizedField } from '../../recognition/types';
import { createLazyWarningsView } from './lazy-warnings-view';
import type { WarningsView, WarningsViewOptions } from './warnings-view';

const finding: Finding = { rule: 'email', field: 'a', fields: ['a'], severity: 'error', message: { zh: 'x', en: 'x' }, why: { zh: 'w', en: 'w' }, source: 's' };
const fields = [] as RecognizedField[];

function fakeView() {
  const calls: unknown[][] = [];
  const view: WarningsView = {
    update: (f, fl) => void calls.push(['update', f.length, fl]),
    reposition: () => void calls.push(['reposition']),
    dismissed: () => new Set(['a|email']),
    setLang: (l) => void calls.push(['lang', l]),
    go: (s) => (calls.push(['go', s]), true),
    destroy: () => void calls.push(['destroy']),
  };
  return { view, calls };
}

const options = { doc: {} as Document, lang: 'en' } satisfies WarningsViewOptions;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('lazy warnings view', () => {
  it('tells the view a mouse button is held when its code arrives during the press', async () => {
    const win = new EventTarget();
    const doc = { defaultView: win } as unknown as Document;
    const press = (type: string, buttons: number): boolean => win.dispatchEvent(Object.assign(new Event(type), { buttons }));
    const made: (boolean | undefined)[] = [];
    const load = async () => ({ createWarningsView: (o: WarningsViewOptions) => (made.push(o.pressed), fakeView().view) });

    const held = createLazyWarningsView({ doc, lang: 'en' }, load);
    press('pointerdown', 1);
    held.update([finding], fields);
    await settle();
    const released = createLazyWarningsView({ doc, lang: 'en' }, load);
    press('pointerdown', 1);
    press('pointerup', 0);
    released.update([finding], fields);
    await settle();
    expect(made).toEqual([true, false]);
    held.destroy();
    released.destroy();
  });


  it('loads nothing without findings; loads once on the first findings and draws the latest ones', async () => {
    const { view, calls } = fakeView();
    const create = vi.fn((o: WarningsViewOptions) => (calls.push(['create', o.lang]), view));
    const load = vi.fn(async () => ({ createWarningsView: create }));
    const lazy = createLazyWarningsView(options, load);
    lazy.update([], fields);
    lazy.reposition();
    expect(lazy.go(1)).toBe(false);
    expect(lazy.dismissed().size).toBe(0);
    expect(load).not.toHaveBeenCalled();
    lazy.update([finding], fields);
    lazy.setLang('zh');
    lazy.update([finding, finding], fields);
    expect(load).toHaveBeenCalledTimes(1);
    await settle();
    // Created in the language set meanwhile, with the latest findings.
    expect(calls).toEqual([['create', 'zh'], ['update', 2, fields]]);
    lazy.update([], fields);
    expect(lazy.go(-1)).toBe(true);
    expect([...lazy.dismissed()]).toEqual(['a|email']);
    lazy.destroy();
    expect(calls.slice(2)).toEqual([['update', 0, fields], ['go', -1], ['destroy']]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('prepare() loads ahead of the first shown finding; a failed load is tried again; nothing is created after destroy', async () => {
    const { view } = fakeView();
    const create = vi.fn(() => view);
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('no host permission');
      return { createWarningsView: create };
    });
    const lazy = createLazyWarningsView(options, load);
    lazy.prepare();
    await settle();
    expect(create).not.toHaveBeenCalled();
    fail = false;
    lazy.prepare();
    lazy.destroy();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(create).not.toHaveBeenCalled();
  });
});
