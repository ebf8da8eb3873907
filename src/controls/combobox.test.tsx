/** @jsxImportSource react */
// @vitest-environment happy-dom
/**
 * The combobox adapter on the real React libraries rendered in happy-dom: antd (role on a
 * hidden input, visible options without roles), Arco (the wrapper div is the combobox) and
 * TDesign (no ARIA at all: a readonly input, `li.t-select-option`, multiple options as checkbox
 * labels with value="").
 */
import { Select as ArcoSelect } from '@arco-design/web-react';
import { Select as AntSelect } from 'antd';
import { useState, type ReactElement } from 'react';
import { Select as TSelect } from 'tdesign-react';
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

type Lib = 'antd' | 'arco' | 'tdesign';

/** A controlled Select of the library whose committed value the test reads (the framework's own state). */
function Field({ lib = 'antd', id, options, multiple, state }: { lib?: Lib; id: string; options: { value: string; label: string }[]; multiple?: boolean; state: Record<string, unknown> }): ReactElement {
  const [v, setV] = useState<unknown>(multiple ? [] : undefined);
  const props = { options, value: v as string, placeholder: '请选择', onChange: (x: unknown) => { setV(x); state[id] = x; } };
  return (
    <div data-field={id}>
      {lib === 'antd' && <AntSelect id={id} mode={multiple ? 'multiple' : undefined} {...props} />}
      {lib === 'arco' && <ArcoSelect id={id} mode={multiple ? 'multiple' : undefined} {...props} />}
      {lib === 'tdesign' && <TSelect multiple={multiple} {...props} />}
    </div>
  );
}

/** The control recognition takes: the library's wrapper (Arco's `role=combobox` div). */
const root = (c: HTMLElement, id: string): HTMLElement => c.querySelector<HTMLElement>(`[data-field="${id}"] :is(.ant-select, .arco-select, .t-select)`)!;

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe.each(['antd', 'arco', 'tdesign'] as const)('combobox adapter on %s Select (real library in happy-dom)', { timeout: 20_000 }, (lib) => {
  it('matches, reads the label (not the code), fills through its own popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="certType" options={CERT_TYPES} state={state} />);
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
        <Field lib={lib} id="idType" options={ID_TYPES} state={state} />
        <Field lib={lib} id="certType" options={CERT_TYPES} state={state} />
      </>,
    );
    // The other field's dropdown was opened first and holds 身份证 too.
    expect(await fillCombobox(root(container, 'idType'), ['护照'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(await fillCombobox(root(container, 'certType'), ['身份证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state).toEqual({ idType: '2', certType: '3' });
  });

  it('fails an option that is not in its popup, changes nothing and closes the popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(await fillCombobox(r, ['护照'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option' });
    expect(state.certType).toBeUndefined();
    expect(readCombobox(r)).toEqual([]);
    if (lib !== 'tdesign') expect(comboboxOf(r).getAttribute('aria-expanded')).toBe('false');
  });

  it('multiple: reads [] empty, chooses every label once, reads the tags, a second fill changes nothing', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="language" options={LANGUAGES} multiple state={state} />);
    const r = root(container, 'language');
    expect(isMultiple(r)).toBe(true);
    expect(readCombobox(r)).toEqual([]);
    expect(await fillCombobox(r, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.language).toEqual(['1', '3']);
    expect(readCombobox(r)).toEqual(['中文简体', '英语']);
    delete state.language;
    expect(await fillCombobox(r, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.language).toBeUndefined();
  });

  it('refuses two labels for a single select (the last click would win: a wrong value)', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="certType" options={CERT_TYPES} state={state} />);
    expect(await fillCombobox(root(container, 'certType'), ['营业执照', '身份证'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'bad-value' });
    expect(state.certType).toBeUndefined();
  });
});

describe('combobox adapter on a long antd list', { timeout: 20_000 }, () => {
  it('finds an option of a long list that only the virtual list renders after scrolling', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field id="many" options={MANY} state={state} />);
    const result = await fillCombobox(root(container, 'many'), ['选项55'], { timeoutMs: 1500 });
    // antd renders a window of the list; the rest is reached by scrolling (layout) or, here in
    // happy-dom, by the keyboard path (aria-activedescendant), Enter only on the exact label.
    expect(result).toEqual({ ok: true });
    expect(state.many).toBe('55');
  });
});
