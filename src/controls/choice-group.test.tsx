/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Checkbox, Radio } from 'antd';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { fillChoices, matchesChoiceBox, optionLabel, readChoices } from './choice-group';

const opts = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));
const SERVICES = opts(['综合门户', '单位门户网站', '博客/个人空间', '网站建设']);

/**
 * antd's Checkbox.Group computes the next value from the value it rendered with: two clicks in
 * one task keep only the last (issue 11). The adapter must wait for each click to show.
 */
function Services({ state }: { state: { value?: unknown } }): ReactElement {
  const [v, setV] = useState<string[]>([]);
  return <Checkbox.Group options={SERVICES} value={v} onChange={(x) => { setV(x as string[]); state.value = x; }} />;
}

function PreApproval({ state }: { state: { value?: unknown } }): ReactElement {
  const [v, setV] = useState<string>();
  return <Radio.Group options={opts(['无', '新闻', '出版'])} value={v} onChange={(e) => { setV(e.target.value); state.value = e.target.value; }} />;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('choice-group adapter (real antd groups in happy-dom, and native boxes)', { timeout: 20_000 }, () => {
  it('checkbox group: every wanted box registers (clicks spaced), read back by label', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<Services state={state} />);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.every(matchesChoiceBox)).toBe(true);
    expect(await fillChoices(boxes, ['单位门户网站', '网站建设'], true)).toEqual({ ok: true });
    expect(state.value).toEqual(['2', '4']);
    expect(readChoices(boxes)).toEqual(['单位门户网站', '网站建设']);
    // Unchecks what is not wanted.
    expect(await fillChoices(boxes, ['综合门户'], true)).toEqual({ ok: true });
    expect(state.value).toEqual(['1']);
  });

  it('a label that is no option of the group: nothing is clicked', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<Services state={state} />);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input')];
    expect(await fillChoices(boxes, ['网站建设', '电子商务'], true)).toEqual({ ok: false, reason: 'no-such-option: 电子商务' });
    expect(state.value).toBeUndefined();
  });

  it('radio group: one label', async () => {
    const state: { value?: unknown } = {};
    const { container } = await renderReact(<PreApproval state={state} />);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input')];
    expect(await fillChoices(boxes, ['新闻'], false)).toEqual({ ok: true });
    expect(state.value).toBe('2');
    expect(readChoices(boxes)).toEqual(['新闻']);
    expect(await fillChoices(boxes, ['无', '新闻'], false)).toEqual({ ok: false, reason: 'bad-value' });
  });

  it('boxes without a value attribute, and ARIA checkboxes, are told by their labels', () => {
    document.body.innerHTML = `
      <label><input type="checkbox" checked> 综合门户</label><label><input type="checkbox"> 网络图片</label>
      <div role="checkbox" aria-checked="true" aria-label="英语"></div><span id="l">日语</span><div role="checkbox" aria-checked="false" aria-labelledby="l"></div>`;
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input')];
    expect(readChoices(inputs)).toEqual(['综合门户']);
    const aria = [...document.querySelectorAll<HTMLElement>('[role=checkbox]')];
    expect(aria.every(matchesChoiceBox)).toBe(true);
    expect(aria.map(optionLabel)).toEqual(['英语', '日语']);
    expect(readChoices(aria)).toEqual(['英语']);
  });
});
