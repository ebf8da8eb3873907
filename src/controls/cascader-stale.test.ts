// @vitest-environment happy-dom
/**
 * A cascader whose next level renders a tick after the click (Vue: Element Plus), with a city
 * and a district named alike under two provinces: the walk must not take the old province's
 * menu, still shown for a moment, for the new one (it would click the old path again).
 */
import { ElCascader } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { renderVue } from '../../test/support/render-lib';
import { fillCascader, readCascader } from './cascader';
import { settlePopups } from './combobox-popup';

const TWINS = [
  { value: 'p1', label: '甲省', children: [{ value: 'p1c', label: '同名市', children: [{ value: 'p1cd', label: '同名区' }] }] },
  { value: 'p2', label: '乙省', children: [{ value: 'p2c', label: '同名市', children: [{ value: 'p2cd', label: '同名区' }] }] },
];

afterEach(async () => {
  await settlePopups();
  document.body.innerHTML = '';
});

describe('cascader adapter on Element Plus ElCascader (Vue renders the next level a tick later)', { timeout: 20_000 }, () => {
  it('walks the new path only: a stale menu listing the same names is not taken', async () => {
    const model = ref<string[]>(['p1', 'p1c', 'p1cd']);
    const { container } = renderVue(ElCascader, {
      options: TWINS,
      get modelValue() {
        return model.value;
      },
      'onUpdate:modelValue': (v: string[]) => (model.value = v),
      placeholder: '请选择省/市/区',
    });
    await new Promise((r) => setTimeout(r, 0));
    const root = container.querySelector<HTMLElement>('.el-cascader')!;
    expect(readCascader(root)).toEqual(['甲省', '同名市', '同名区']);
    expect(await fillCascader(root, ['乙省', '同名市', '同名区'], { timeoutMs: 1500 })).toEqual({ ok: true });
    expect(model.value).toEqual(['p2', 'p2c', 'p2cd']);
  });
});
