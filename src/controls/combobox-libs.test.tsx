/** @jsxImportSource react */
// @vitest-environment happy-dom
/**
 * The combobox adapter on Arco and TDesign Selects (real libraries rendered in happy-dom): Arco's
 * combobox is the wrapper div; TDesign's has no ARIA at all (a readonly input, options as
 * `li.t-select-option`, multiple options as checkbox labels with value="").
 */
import { Select as ArcoSelect } from '@arco-design/web-react';
import { useState, type ReactElement } from 'react';
import { Select as TSelect } from 'tdesign-react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { isMultiple, matchesCombobox, readCombobox } from './combobox';
import { fillCombobox } from './combobox-fill';
import { settlePopups } from './combobox-popup';
import { controlType } from './control-kind';

const opts = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));
const ID_TYPES = opts(['身份证', '护照', '港澳居民来往内地通行证']);
const CERT_TYPES = opts(['营业执照', '组织机构代码证', '身份证']);
const LANGUAGES = opts(['中文简体', '中文繁体', '英语', '日语']);

type Lib = 'arco' | 'tdesign';
type Props = { id: string; options: { value: string; label: string }[]; multiple?: boolean; state: Record<string, unknown> };

/** A controlled Select of each library whose committed value the test reads (the framework's own state). */
function Field({ lib, id, options, multiple, state }: Props & { lib: Lib }): ReactElement {
  const [v, setV] = useState<unknown>(multiple ? [] : undefined);
  const onChange = (x: unknown): void => {
    setV(x);
    state[id] = x;
  };
  return (
    <div data-field={id}>
      {lib === 'arco' ? (
        <ArcoSelect id={id} mode={multiple ? 'multiple' : undefined} options={options} value={v as string} placeholder="请选择" onChange={onChange} />
      ) : (
        <TSelect multiple={multiple} options={options} value={v as string} placeholder="请选择" onChange={onChange} />
      )}
    </div>
  );
}

/** The control recognition takes: Arco's `role=combobox` div, TDesign's `t-select` wrapper. */
const root = (c: HTMLElement, id: string): HTMLElement =>
  c.querySelector<HTMLElement>(`[data-field="${id}"] [role="combobox"]:not(input)`) ?? c.querySelector<HTMLElement>(`[data-field="${id}"] .t-select`)!;

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe.each(['arco', 'tdesign'] as const)('combobox adapter on %s Select', { timeout: 20_000 }, (lib) => {
  it('is a component select, reads the label, fills through its own popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="idType" options={ID_TYPES} state={state} />);
    const r = root(container, 'idType');
    expect(controlType(r)).toBe('cselect');
    expect(matchesCombobox(r)).toBe(true);
    expect(isMultiple(r)).toBe(false);
    expect(readCombobox(r)).toEqual([]);
    expect(await fillCombobox(r, ['护照'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.idType).toBe('2');
    expect(readCombobox(r)).toEqual(['护照']);
  });

  it('never clicks the same label in another field’s dropdown', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(
      <>
        <Field lib={lib} id="idType" options={ID_TYPES} state={state} />
        <Field lib={lib} id="certType" options={CERT_TYPES} state={state} />
      </>,
    );
    expect(await fillCombobox(root(container, 'idType'), ['护照'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(await fillCombobox(root(container, 'certType'), ['身份证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state).toEqual({ idType: '2', certType: '3' });
  });

  it('fails an option that is not in its popup and changes nothing', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await renderReact(<Field lib={lib} id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(await fillCombobox(r, ['护照'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option' });
    expect(state.certType).toBeUndefined();
    expect(readCombobox(r)).toEqual([]);
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
});
