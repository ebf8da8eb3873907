/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { comboboxOf, isMultiple, matchesCombobox, readCombobox } from './combobox';
import { fillCombobox } from './combobox-fill';
import { settlePopups } from './combobox-popup';

const opts = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));
const CERT_TYPES = opts(['营业执照', '组织机构代码证', '身份证']);
const ID_TYPES = opts(['身份证', '护照']);
const LANGUAGES = opts(['中文简体', '中文繁体', '英语', '日语']);
const MANY = opts(Array.from({ length: 60 }, (_, i) => `选项${i + 1}`));

/** A controlled antd Select whose committed value the test reads (the framework's own state). */
function Field({ id, options, multiple, state }: { id: string; options: { value: string; label: string }[]; multiple?: boolean; state: Record<string, unknown> }): ReactElement {
  const [v, setV] = useState<unknown>(multiple ? [] : undefined);
  return (
    <div data-field={id}>
      <Select id={id} mode={multiple ? 'multiple' : undefined} options={options} value={v} placeholder="请选择" onChange={(x) => { setV(x); state[id] = x; }} />
    </div>
  );
}

const root = (c: HTMLElement, id: string): HTMLElement => c.querySelector<HTMLElement>(`[data-field="${id}"] .ant-select`)!;

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe('combobox adapter on antd Select (real antd rendered in happy-dom)', { timeout: 20_000 }, () => {
  it('matches by role, reads the label (not the code), fills through its own popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(matchesCombobox(r)).toBe(true);
    expect(isMultiple(r)).toBe(false);
    expect(readCombobox(r)).toEqual([]);
    expect(await fillCombobox(r, ['组织机构代码证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.certType).toBe('2');
    expect(readCombobox(r)).toEqual(['组织机构代码证']);
  });

  it('never clicks the same label in another field’s dropdown (issue 11: 身份证 in the wrong select)', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(
      <>
        <Field id="idType" options={ID_TYPES} state={state} />
        <Field id="certType" options={CERT_TYPES} state={state} />
      </>,
    );
    // The other field's dropdown was opened first and holds 身份证 too.
    expect(await fillCombobox(root(container, 'idType'), ['护照'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(await fillCombobox(root(container, 'certType'), ['身份证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state).toEqual({ idType: '2', certType: '3' });
  });

  it('fails an option that is not in its popup, changes nothing and closes the popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(await fillCombobox(r, ['护照'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option' });
    expect(state.certType).toBeUndefined();
    expect(readCombobox(r)).toEqual([]);
    expect(comboboxOf(r).getAttribute('aria-expanded')).toBe('false');
  });

  it('multiple: chooses every label once, reads the list, a second fill changes nothing', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="language" options={LANGUAGES} multiple state={state} />);
    const r = root(container, 'language');
    expect(await fillCombobox(r, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.language).toEqual(['1', '3']);
    expect(isMultiple(r)).toBe(true);
    expect(readCombobox(r)).toEqual(['中文简体', '英语']);
    delete state.language;
    expect(await fillCombobox(r, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.language).toBeUndefined();
  });

  it('refuses two labels for a single select (the last click would win: a wrong value)', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="certType" options={CERT_TYPES} state={state} />);
    expect(await fillCombobox(root(container, 'certType'), ['营业执照', '身份证'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'bad-value' });
    expect(state.certType).toBeUndefined();
  });

  it('finds an option of a long list that only the virtual list renders after scrolling', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="many" options={MANY} state={state} />);
    const r = root(container, 'many');
    const result = await fillCombobox(r, ['选项55'], { timeoutMs: 1500 });
    // antd renders a window of the list; the rest is reached by scrolling (layout) or, here in
    // happy-dom, by the keyboard path (aria-activedescendant), Enter only on the exact label.
    expect(result).toEqual({ ok: true });
    expect(state.many).toBe('55');
  });
});
