/** @jsxImportSource react */
// @vitest-environment happy-dom
/**
 * The cascader adapter on the real libraries the consoles use, rendered in happy-dom: Fusion's
 * CascaderSelect (menus with role=listbox, no aria-controls), TDesign's and Tea's (no ARIA at
 * all) and Arco's (role=menu, handlers on the item's text). Read, walk level by level, fail a
 * name the page does not list without changing anything.
 */
import { CascaderSelect } from '@alifd/next';
import { Cascader as ArcoCascader } from '@arco-design/web-react';
import { Cascader as TeaCascader } from 'tea-component';
import { Cascader as TCascader } from 'tdesign-react';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { REGIONS } from '../../test/fixtures/libs/shared/data';
import { renderReact } from '../../test/support/render-lib';
import { cascaderRootOf, fillCascader, readCascader, readRegionOf } from './cascader';
import { settlePopups } from './combobox-popup';

type State = { value?: unknown };
type Lib = { name: string; render(state: State): ReactElement; root: string };

/** Each library's cascader, controlled, with its committed value in `state` (the framework's own). */
function Controlled({ state, children }: { state: State; children: (v: unknown, set: (x: unknown) => void) => ReactElement }): ReactElement {
  const [v, setV] = useState<unknown>();
  return children(v, (x) => {
    setV(x);
    state.value = x;
  });
}

const LIBS: Lib[] = [
  {
    name: 'fusion',
    root: '.next-select',
    render: (state) => <Controlled state={state}>{(v, set) => <CascaderSelect dataSource={REGIONS} value={v as string} onChange={(x: unknown) => set(x)} placeholder="请选择省/市/区" />}</Controlled>,
  },
  {
    name: 'tdesign',
    root: '.t-cascader',
    render: (state) => <Controlled state={state}>{(v, set) => <TCascader options={REGIONS} value={v as string} onChange={(x: unknown) => set(x)} placeholder="请选择省/市/区" />}</Controlled>,
  },
  {
    name: 'arco',
    root: '.arco-cascader',
    render: (state) => <Controlled state={state}>{(v, set) => <ArcoCascader options={REGIONS} value={v as string[]} onChange={(x: unknown) => set(x)} placeholder="请选择省/市/区" />}</Controlled>,
  },
  {
    name: 'tea',
    root: '.tea-cascader',
    render: (state) => <Controlled state={state}>{(v, set) => <TeaCascader type="menu" data={REGIONS} value={(v as string[]) ?? []} onChange={(x: unknown) => set(x)} placeholder="请选择省/市/区" />}</Controlled>,
  },
];

const mounted: { container: HTMLElement; unmount: () => void }[] = [];
async function render(el: ReactElement): Promise<HTMLElement> {
  const m = await renderReact(el);
  mounted.push(m);
  return m.container;
}

// Unmounted, not wiped: Tea keeps its overlay root in body for the whole module.
afterEach(async () => {
  await settlePopups();
  for (const m of mounted.splice(0)) {
    m.unmount();
    m.container.remove();
  }
});

describe.each(LIBS)('cascader adapter on $name (real library in happy-dom)', { timeout: 20_000 }, (lib) => {
  it('walks the levels in its own popup, then reads province/city/district from the control', async () => {
    const state: State = {};
    const container = await render(lib.render(state));
    const root = container.querySelector<HTMLElement>(lib.root)!;
    expect(readCascader(root)).toEqual([]);
    expect(await fillCascader(root, ['广东省', '深圳市', '南山区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(JSON.stringify(state.value)).toMatch(/440305/);
    expect(readCascader(root)).toEqual(['广东省', '深圳市', '南山区']);
    // What recognition reads for the region input is the same path.
    const input = root.querySelector('input')!;
    expect(cascaderRootOf(input)).toBe(root);
    expect(readRegionOf(input)).toEqual(['广东省', '深圳市', '南山区']);
    // From one chosen path to another: the old path's menus are not taken for the new one
    // (the first popup closed, as the restore leaves it before the next control).
    await settlePopups();
    expect(await fillCascader(root, ['天津市', '天津市', '南开区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(JSON.stringify(state.value)).toMatch(/120104/);
  });

  it('fails a name missing at some level and leaves the value as it was', async () => {
    const state: State = {};
    const container = await render(lib.render(state));
    const root = container.querySelector<HTMLElement>(lib.root)!;
    expect(await fillCascader(root, ['广东省', '东莞市', '南城区'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option: 东莞市' });
    expect(state.value).toBeUndefined();
    expect(readCascader(root)).toEqual([]);
  });
});
