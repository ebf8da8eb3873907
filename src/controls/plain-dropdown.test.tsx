/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Form, Select, SelectMultiple } from 'tea-component';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { readValues } from '../recognition/read-value';
import { recognizeForm } from '../recognition/recognize-form';
import { matchesCombobox } from './combobox';
import { waitFor } from './ui-actions';
import { fillPlainDropdown, matchesPlainDropdown, readPlainDropdown, settlePlainDropdowns } from './plain-dropdown';

const opts = (labels: string[]) => labels.map((text, i) => ({ value: String(i + 1), text }));
const CERT_TYPES = opts(['营业执照', '组织机构代码证', '身份证']);
const ID_TYPES = opts(['身份证', '护照']);
const LANGUAGES = opts(['中文简体', '中文繁体', '英语', '日语']);

/** A Tea Select held in React state, as the Tencent consoles keep it; the test reads that state. */
function Field({ id, options, multiple, state }: { id: string; options: { value: string; text: string }[]; multiple?: boolean; state: Record<string, unknown> }): ReactElement {
  const [v, setV] = useState<string | string[] | undefined>(multiple ? [] : undefined);
  const set = (x: string | string[]): void => {
    setV(x);
    state[id] = x;
  };
  return (
    <div data-field={id}>
      {multiple ? (
        <SelectMultiple appearance="button" options={options} value={v as string[]} onChange={set} placeholder="请选择" />
      ) : (
        <Select appearance="button" options={options} value={v as string} onChange={set} placeholder="请选择" />
      )}
    </div>
  );
}

const root = (c: HTMLElement, id: string): HTMLElement => c.querySelector<HTMLElement>(`[data-field="${id}"] [tabindex]`)!;
const openLayers = (): number => document.querySelectorAll('#tea-overlay-root li[aria-selected]').length;

const mounted: { container: HTMLElement; unmount: () => void }[] = [];
const render = async (el: ReactElement): Promise<{ container: HTMLElement }> => {
  const m = await renderReact(el);
  mounted.push(m);
  return m;
};

afterEach(async () => {
  await settlePlainDropdowns();
  // Tea keeps its one overlay root for the page's life: unmount the forms, keep the root.
  for (const m of mounted.splice(0)) {
    m.unmount();
    m.container.remove();
  }
});

describe('plain dropdown adapter on Tea Select (real tea-component rendered in happy-dom)', { timeout: 20_000 }, () => {
  it('matches the trigger without ARIA, reads the label (not the code), fills through its own popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(<Field id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(matchesPlainDropdown(r)).toBe(true);
    expect(readPlainDropdown(r)).toEqual([]);
    expect(await fillPlainDropdown(r, ['组织机构代码证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.certType).toBe('2');
    expect(readPlainDropdown(r)).toEqual(['组织机构代码证']);
    // Filling the value it holds opens nothing.
    expect(await fillPlainDropdown(r, ['组织机构代码证'], { timeoutMs: 1500 })).toEqual({ ok: true });
  });

  it('is not an ARIA combobox, a native control, or a wrapper holding an input', async () => {
    const { container } = await render(
      <div>
        <div className="x-select" tabIndex={0} role="combobox" />
        <div className="x-select" tabIndex={0}>
          <input />
        </div>
        <div className="x-select" />
        <button className="x-select" type="button" />
      </div>,
    );
    for (const el of container.querySelectorAll('.x-select')) expect(matchesPlainDropdown(el)).toBe(false);
  });

  it('never clicks the same label in another field’s dropdown (issue 11: 身份证 in the wrong select)', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(
      <>
        <Field id="idType" options={ID_TYPES} state={state} />
        <Field id="certType" options={CERT_TYPES} state={state} />
      </>,
    );
    // The other field's dropdown is open and holds 身份证 too.
    root(container, 'idType').click();
    expect(await waitFor(() => openLayers() > 0, 1500)).toBe(true);
    expect(await fillPlainDropdown(root(container, 'certType'), ['身份证'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state).toEqual({ certType: '3' });
  });

  it('fails an option that is not in its popup, changes nothing and closes the popup', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(<Field id="certType" options={CERT_TYPES} state={state} />);
    const r = root(container, 'certType');
    expect(await fillPlainDropdown(r, ['护照'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option: 护照' });
    expect(await settlePlainDropdowns()).toBe(true);
    expect(state).toEqual({});
    expect(readPlainDropdown(r)).toEqual([]);
    expect(r.className).not.toMatch(/is-expanded/);
  });

  it('a multiple select: checks each label once, in order, commits with 确定 and reads the list back', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(<Field id="language" options={LANGUAGES} multiple state={state} />);
    const r = root(container, 'language');
    expect(matchesPlainDropdown(r)).toBe(true);
    expect(await fillPlainDropdown(r, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(state.language).toEqual(['1', '3']);
    expect(readPlainDropdown(r)).toEqual(['中文简体', '英语']);
    // Another list: the unwanted box is cleared, the new one checked.
    expect(await fillPlainDropdown(r, ['英语', '日语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect([...(state.language as string[])].sort()).toEqual(['3', '4']);
    expect(readPlainDropdown(r).sort()).toEqual(['日语', '英语']);
  });

  it('a multiple select with one missing label checks nothing and commits nothing', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(<Field id="language" options={LANGUAGES} multiple state={state} />);
    const r = root(container, 'language');
    expect(await fillPlainDropdown(r, ['中文简体', '俄语'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'no-such-option: 俄语' });
    expect(state).toEqual({});
    expect(readPlainDropdown(r)).toEqual([]);
  });

  it('two labels for a single select fail before anything is chosen', async () => {
    const state: Record<string, unknown> = {};
    const { container } = await render(<Field id="certType" options={CERT_TYPES} state={state} />);
    expect(await fillPlainDropdown(root(container, 'certType'), ['营业执照', '身份证'], { timeoutMs: 500 })).toEqual({ ok: false, reason: 'bad-value' });
    expect(state).toEqual({});
  });
});

describe('recognition reads Tea selects through the plain dropdown adapter', () => {
  it('a multiple select as its list of labels, a single one as its label (what restore writes back)', async () => {
    const { container } = await render(
      <div>
        <h3>网站基本信息</h3>
        <Form>
          <Form.Item label="网站语言">
            <SelectMultiple appearance="button" options={LANGUAGES} value={['3', '1']} placeholder="请选择" />
          </Form.Item>
          <Form.Item label="负责人证件类型">
            <Select appearance="button" options={ID_TYPES} value="2" placeholder="请选择" />
          </Form.Item>
        </Form>
      </div>,
    );
    // The trigger shows its labels once the options are matched (an effect).
    await waitFor(() => container.textContent?.includes('中文简体'), 1000);
    const values = readValues(recognizeForm(container));
    expect(values['website.language']).toEqual(['英语', '中文简体']);
    expect(values['website.principal.idType']).toBe('护照');
  });

  it('a disabled multiple select (tabindex -1) is still read as its list', async () => {
    const { container } = await render(<SelectMultiple appearance="button" disabled options={LANGUAGES} value={['1', '4']} placeholder="请选择" />);
    await waitFor(() => container.textContent?.includes('日语'), 1000);
    const r = container.querySelector('[tabindex]')!;
    expect(r.getAttribute('tabindex')).toBe('-1');
    expect(matchesPlainDropdown(r)).toBe(true);
    expect(readPlainDropdown(r)).toEqual(['中文简体', '日语']);
  });
});

describe('plain dropdown adapter when the popup cannot be told', () => {
  it('a press that shows two new lists (both holding the label) chooses nothing', async () => {
    const trigger = document.createElement('div');
    trigger.className = 'x-dropdown';
    trigger.tabIndex = 0;
    trigger.innerHTML = '<div class="x-dropdown__value">请选择</div>';
    document.body.append(trigger);
    const clicked: string[] = [];
    trigger.addEventListener('click', () => {
      for (const id of ['one', 'two']) {
        const layer = document.createElement('div');
        layer.style.position = 'fixed';
        layer.innerHTML = `<ul><li aria-selected="false">身份证</li><li aria-selected="false">护照</li></ul>`;
        layer.querySelectorAll('li').forEach((li) => li.addEventListener('click', () => clicked.push(id)));
        document.body.append(layer);
      }
    });
    expect(matchesPlainDropdown(trigger)).toBe(true);
    expect(await fillPlainDropdown(trigger, ['身份证'], { timeoutMs: 300 })).toEqual({ ok: false, reason: 'popup-not-found' });
    expect(clicked).toEqual([]);
    document.body.replaceChildren(...[...document.body.children].filter((e) => e.id === 'tea-overlay-root'));
  });
});

describe('readPlainDropdown on what a trigger shows', () => {
  const shown = (html: string): HTMLElement => {
    const el = document.createElement('div');
    el.className = 'x-dropdown';
    el.tabIndex = 0;
    el.innerHTML = `<div class="x-dropdown__value">${html}</div>`;
    return el;
  };
  it('one label per item, separators dropped; a label with its own comma stays whole', () => {
    expect(readPlainDropdown(shown('<span><span>英语, </span><span>中文简体</span></span>'))).toEqual(['英语', '中文简体']);
    expect(readPlainDropdown(shown('<span>北京, 天津</span>'))).toEqual(['北京, 天津']);
    expect(readPlainDropdown(shown('企业'))).toEqual(['企业']);
  });
  it('a placeholder or a list cut short reads as nothing', () => {
    expect(readPlainDropdown(shown('<span class="x-text-weak">请选择语言</span>'))).toEqual([]);
    expect(readPlainDropdown(shown('<span>请选择</span>'))).toEqual([]);
    expect(readPlainDropdown(shown('<span><span>a, </span><span>b, </span><span>c, </span><span>d, </span><span>e, </span><span>...</span></span>'))).toEqual([]);
  });
  it('the ARIA combobox adapter still claims Tea’s trigger by its class hint; the plain adapter is asked first', () => {
    const el = shown('企业');
    el.classList.add('tea-dropdown');
    expect(matchesCombobox(el)).toBe(true);
    expect(matchesPlainDropdown(el)).toBe(true);
  });
});
