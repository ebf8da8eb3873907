/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { fillCombobox, matchesCombobox, readCombobox } from './combobox';

const NATURES = ['企业', '事业单位', '个人'].map((label, i) => ({ value: String(i + 1), label }));

function Controlled({ multiple, onValue }: { multiple?: boolean; onValue: (v: unknown) => void }): ReactElement {
  const [v, setV] = useState<unknown>(multiple ? [] : undefined);
  return <Select mode={multiple ? 'multiple' : undefined} options={NATURES} value={v} placeholder="请选择" onChange={(x) => { setV(x); onValue(x); }} />;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('combobox adapter on antd Select (rendered in happy-dom)', () => {
  it('matches and reads the chosen label; fills through its own popup', async () => {
    let value: unknown;
    const { container } = await renderReact(<Controlled onValue={(v) => (value = v)} />);
    const root = container.querySelector<HTMLElement>('.ant-select')!;
    expect(matchesCombobox(root)).toBe(true);
    expect(readCombobox(root)).toEqual([]);
    expect(await fillCombobox(root, ['个人'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(value).toBe('3');
    expect(readCombobox(root)).toEqual(['个人']);
  });
});
