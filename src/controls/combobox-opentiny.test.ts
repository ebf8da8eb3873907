// @vitest-environment happy-dom
/**
 * The combobox adapter on OpenTiny's Select (real @opentiny/vue in happy-dom): the role is on
 * the inner readonly input, the tags sit beside it in the `tiny-select` wrapper, the listbox
 * lives inside the component until first opened.
 */
import TinyOption from '@opentiny/vue-option';
import TinySelect from '@opentiny/vue-select';
import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick, ref } from 'vue';
import { renderVue } from '../../test/support/render-lib';
import { isMultiple, readCombobox } from './combobox';
import { fillCombobox } from './combobox-fill';
import { settlePopups } from './combobox-popup';
import { controlType } from './control-kind';

const LANGUAGES = [
  { value: 'zh-CN', label: '中文简体' },
  { value: 'zh-TW', label: '中文繁体' },
  { value: 'en', label: '英语' },
];

/** A TinySelect bound to a ref the test reads (the framework's own state). */
function mount(multiple: boolean): { model: { value: unknown }; root: HTMLElement } {
  const model = ref<unknown>(multiple ? [] : '');
  const Field = {
    setup: () => () =>
      h(TinySelect, { modelValue: model.value, 'onUpdate:modelValue': (v: unknown) => (model.value = v), multiple, placeholder: '请选择' }, () =>
        LANGUAGES.map((o) => h(TinyOption, { key: o.value, value: o.value, label: o.label })),
      ),
  };
  const { container } = renderVue(Field, {});
  return { model, root: container.querySelector<HTMLElement>('.tiny-select')! };
}

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe('combobox adapter on OpenTiny Select', { timeout: 20_000 }, () => {
  it('single: the tiny-select wrapper is the control; fills through its own listbox', async () => {
    const { model, root } = mount(false);
    await nextTick();
    expect(controlType(root)).toBe('cselect');
    expect(isMultiple(root)).toBe(false);
    expect(readCombobox(root)).toEqual([]);
    expect(await fillCombobox(root, ['英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(model.value).toBe('en');
  });

  it('multiple: every label once, read back as tags', async () => {
    const { model, root } = mount(true);
    await nextTick();
    expect(isMultiple(root)).toBe(true);
    expect(await fillCombobox(root, ['中文简体', '英语'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(model.value).toEqual(['zh-CN', 'en']);
    expect(readCombobox(root)).toEqual(['中文简体', '英语']);
  });
});
