/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Cascader } from 'antd';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { fillCascader, matchesCascader, readCascader, readRegionOf } from './cascader';
import { settlePopups } from './combobox-popup';

interface Node { value: string; label: string; children?: Node[] }
const o = (value: string, label: string, children?: Node[]): Node => ({ value, label, ...(children ? { children } : {}) });
const REGIONS = [
  o('120000', '天津市', [o('120100', '天津市', [o('120101', '和平区'), o('120104', '南开区')])]),
  o('440000', '广东省', [o('440100', '广州市', [o('440106', '天河区')]), o('440300', '深圳市', [o('440305', '南山区'), o('440304', '福田区')])]),
];

function Region({ state, placeholder = '请选择省/市/区' }: { state: { value?: unknown }; placeholder?: string }): ReactElement {
  const [v, setV] = useState<unknown>();
  return <Cascader options={REGIONS} value={v as string[]} placeholder={placeholder} onChange={(x) => { setV(x); state.value = x; }} />;
}

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe('cascader adapter on antd Cascader (real antd rendered in happy-dom)', { timeout: 20_000 }, () => {
  it('matches, walks the menus level by level, reads province/city/district names', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<Region state={state} />);
    const root = container.querySelector<HTMLElement>('.ant-cascader')!;
    expect(matchesCascader(root)).toBe(true);
    expect(readCascader(root)).toEqual([]);
    expect(await fillCascader(root, ['广东省', '深圳市', '南山区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.value).toEqual(['440000', '440300', '440305']);
    expect(readCascader(root)).toEqual(['广东省', '深圳市', '南山区']);
    // From a chosen path to another one: the old path's menus are not taken for the new one.
    expect(await fillCascader(root, ['天津市', '天津市', '南开区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.value).toEqual(['120000', '120100', '120104']);
  });

  it('fails a name missing at some level and leaves the value as it was', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<Region state={state} />);
    const root = container.querySelector<HTMLElement>('.ant-cascader')!;
    expect(await fillCascader(root, ['广东省', '东莞市', '南城区'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option: 东莞市' });
    expect(state.value).toBeUndefined();
    expect(readCascader(root)).toEqual([]);
    expect(await fillCascader(root, ['广东省', '', '南山区'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'bad-value' });
  });

  it('reads the region from the whole control, never its placeholder text ("省/市/区" is no path)', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<Region state={state} placeholder="省/市/区" />);
    const input = container.querySelector('input')!;
    expect(readRegionOf(input)).toEqual([]);
    const root = container.querySelector<HTMLElement>('.ant-cascader')!;
    expect(await fillCascader(root, ['广东省', '深圳市', '南山区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(readRegionOf(input)).toEqual(['广东省', '深圳市', '南山区']);
  });
});
