// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldKind, FormRecognition, RecognizedField } from '../recognition/types';
import { splitComposite } from './composite';
import { fillField } from './fill-field';
import { restoreFields } from './restore-fields';

function field(key: string, kind: FieldKind, elements: HTMLElement[], extra: Partial<RecognizedField> = {}): RecognizedField {
  return { key, kind, elements, anchor: elements[0]!, confidence: 1, ...extra };
}

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector(sel) as T;

/**
 * What React does to a controlled input: an instance-level `value` property whose setter
 * records the value in a tracker; an `input` event whose value equals the tracker is ignored.
 */
function installValueTracker(el: HTMLInputElement): { seen: string[] } {
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this);
    },
    set(v: string) {
      tracked = v;
      proto.set!.call(this, v);
    },
  });
  const seen: string[] = [];
  el.addEventListener('input', () => {
    const now = proto.get!.call(el) as string;
    if (now !== tracked) {
      tracked = now;
      seen.push(now);
    }
  });
  return { seen };
}

describe('fillField', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('sets text through the native setter so a React-style value tracker sees the change, with bubbling input and change', async () => {
    document.body.innerHTML = '<form id="f"><input id="name"></form>';
    const el = $<HTMLInputElement>('#name');
    const tracker = installValueTracker(el);
    const bubbled: string[] = [];
    $('#f').addEventListener('input', () => bubbled.push('input'));
    $('#f').addEventListener('change', () => bubbled.push('change'));
    const r = await fillField(field('subject.name', 'text', [el]), '天津某某科技有限公司');
    expect(r).toEqual({ ok: true });
    expect(el.value).toBe('天津某某科技有限公司');
    expect(tracker.seen).toEqual(['天津某某科技有限公司']);
    expect(bubbled).toEqual(['input', 'change']);

    // The naive way (instance setter) is invisible to the tracker: the reason for the native path.
    el.value = 'naive';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(tracker.seen).toEqual(['天津某某科技有限公司']);
  });

  it('reports a value the page cuts (maxlength) or a disabled input instead of pretending', async () => {
    document.body.innerHTML = '<input id="m" maxlength="11"><input id="d" disabled>';
    const m = $<HTMLInputElement>('#m');
    m.maxLength = 11;
    // happy-dom does not enforce maxlength on programmatic sets; a page handler does here.
    m.addEventListener('input', () => {
      if (m.value.length > 11) m.value = m.value.slice(0, 11);
    });
    expect(await fillField(field('subject.principal.mobile', 'text', [m]), '138001380001234')).toEqual({ ok: false, reason: 'too-long' });
    expect(await fillField(field('subject.principal.email', 'text', [$('#d')]), 'a@b.cn')).toEqual({ ok: false, reason: 'disabled' });
  });

  it('selects by option text, not value, and names a missing option', async () => {
    document.body.innerHTML = `<select id="t"><option value="">请选择</option><option value="1">身份证</option>
      <option value="3">台湾居民来往大陆通行证（台胞证）</option></select>`;
    const sel = $<HTMLSelectElement>('#t');
    let changes = 0;
    sel.addEventListener('change', () => changes++);
    expect(await fillField(field('subject.principal.idType', 'select', [sel]), '身份证')).toEqual({ ok: true });
    expect(sel.value).toBe('1');
    expect(changes).toBe(1);
    // Unique prefix match ("台湾居民来往大陆通行证" → the option with its abbreviation).
    expect(await fillField(field('subject.principal.idType', 'select', [sel]), '台湾居民来往大陆通行证')).toEqual({ ok: true });
    expect(sel.value).toBe('3');
    expect(await fillField(field('subject.principal.idType', 'select', [sel]), '军官证', { timeoutMs: 50 })).toEqual({
      ok: false,
      reason: 'no-such-option',
    });
  });

  it('toggles a checkbox group by clicking, so frameworks see each change', async () => {
    document.body.innerHTML = ['综合门户', '网络图片', '网站建设'].map((t) => `<label><input type="checkbox" value="${t}">${t}</label>`).join('');
    const boxes = [...document.querySelectorAll<HTMLInputElement>('input')];
    boxes[0]!.checked = true;
    const clicks: string[] = [];
    for (const b of boxes) b.addEventListener('click', () => clicks.push(b.value));
    const f = field('website.serviceContent', 'checkbox-group', boxes);
    expect(await fillField(f, ['网络图片', '网站建设'])).toEqual({ ok: true });
    expect(boxes.map((b) => b.checked)).toEqual([false, true, true]);
    expect(clicks.sort()).toEqual(['综合门户', '网站建设', '网络图片'].sort());
    const r = await fillField(f, ['网络图片', '不存在']);
    expect(r).toEqual({ ok: false, reason: 'no-such-option: 不存在' });
  });

  it('splits a 086-area-number-ext phone over its inputs', async () => {
    document.body.innerHTML = '<span>086</span>-<input id="a">-<input id="n">-<input id="e">';
    const inputs = ['#a', '#n', '#e'].map((s) => $<HTMLInputElement>(s));
    const f = field('subject.principal.phone', 'composite', inputs, { prefixText: '086' });
    expect(await fillField(f, '086-022-12345678-123')).toEqual({ ok: true });
    expect(inputs.map((i) => i.value)).toEqual(['022', '12345678', '123']);
    expect(await fillField(f, '086-010-87654321')).toEqual({ ok: true });
    expect(inputs.map((i) => i.value)).toEqual(['010', '87654321', '']);
  });

  it('fills only the street part of a region-prefix address, and refuses a different region', async () => {
    document.body.innerHTML = '<span>天津市 天津市 南开区</span><input id="street">';
    const street = $<HTMLInputElement>('#street');
    const f = field('subject.mailingAddress', 'composite', [street], { prefixText: '天津市 天津市 南开区' });
    expect(await fillField(f, '天津市天津市南开区 卫津路92号')).toEqual({ ok: true });
    expect(street.value).toBe('卫津路92号');
    expect(await fillField(f, '北京市市辖区海淀区中关村大街1号')).toEqual({ ok: false, reason: 'prefix-mismatch' });
    expect(street.value).toBe('卫津路92号');
  });

  it('adds list rows with the page’s add button for several domains', async () => {
    document.body.innerHTML = '<div id="list"><div class="row"><input id="d0"></div><button type="button" id="add">+ 添加域名</button></div>';
    $('#add').addEventListener('click', () => {
      // Like a framework: the new row appears a little later.
      setTimeout(() => {
        const row = document.createElement('div');
        row.innerHTML = '<input>';
        $('#list').insertBefore(row, $('#add'));
      }, 20);
    });
    const r = await fillField(field('website.domains', 'text', [$('#d0')]), ['example.com', 'example.cn', 'example.net']);
    expect(r).toEqual({ ok: true });
    expect([...document.querySelectorAll<HTMLInputElement>('#list input')].map((i) => i.value)).toEqual([
      'example.com',
      'example.cn',
      'example.net',
    ]);
  });
});

describe('restoreFields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  function cascadingRegion(): RecognizedField[] {
    document.body.innerHTML = `<select id="p"><option value="">省</option><option value="120000">天津市</option><option value="330000">浙江省</option></select>
      <select id="c"><option value="">市</option></select><select id="d"><option value="">区</option></select>`;
    const CITIES: Record<string, [string, string][]> = { '330000': [['330100', '杭州市'], ['330200', '宁波市']] };
    const DISTRICTS: Record<string, [string, string][]> = { '330100': [['330106', '西湖区'], ['330108', '滨江区']] };
    const fillOptions = (sel: HTMLSelectElement, opts: [string, string][]) => {
      sel.innerHTML = `<option value="">-</option>${opts.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;
    };
    // Options load asynchronously after the parent changes, as on the real pages.
    $('#p').addEventListener('change', () => setTimeout(() => fillOptions($('#c'), CITIES[$<HTMLSelectElement>('#p').value] ?? []), 60));
    $('#c').addEventListener('change', () => setTimeout(() => fillOptions($('#d'), DISTRICTS[$<HTMLSelectElement>('#c').value] ?? []), 60));
    return [
      field('subject.province', 'region', [$('#p')]),
      field('subject.city', 'region', [$('#c')]),
      field('subject.district', 'region', [$('#d')]),
    ];
  }

  const recognition = (fields: RecognizedField[], secrets: FormRecognition['secrets'] = []): FormRecognition => ({ fields, secrets, unmapped: [] });

  it('fills cascading region selects in order, waiting for each level to load', async () => {
    const fields = cascadingRegion();
    const report = await restoreFields({
      // Deliberately out of order: the restore sorts province → city → district.
      recognition: recognition([fields[2]!, fields[0]!, fields[1]!]),
      current: {},
      draft: { 'subject.district': '西湖区', 'subject.city': '杭州市', 'subject.province': '浙江省' },
    });
    expect(report).toEqual({ filled: ['subject.province', 'subject.city', 'subject.district'], failed: [], skipped: [] });
    expect([$<HTMLSelectElement>('#p').value, $<HTMLSelectElement>('#c').value, $<HTMLSelectElement>('#d').value]).toEqual(['330000', '330100', '330106']);
  });

  it('never overwrites a value typed after the draft without being asked; reports every key', async () => {
    document.body.innerHTML = '<input id="n"><input id="m"><input id="e"><span id="nature">企业</span><input id="sms">';
    const fields = [
      field('subject.name', 'text', [$('#n')]),
      field('subject.principal.mobile', 'text', [$('#m')]),
      field('subject.principal.email', 'text', [$('#e')]),
      field('subject.nature', 'static', [$('#nature')]),
      field('subject.principal.name', 'text', [$('#sms')]),
    ];
    $<HTMLInputElement>('#m').value = '13900000000';
    $<HTMLInputElement>('#e').value = 'same@example.com';
    const input = {
      recognition: recognition(fields, [{ kind: 'smsCode' as const, element: $('#sms') }]),
      current: { 'subject.principal.mobile': '13900000000', 'subject.principal.email': 'same@example.com', 'subject.nature': '企业' },
      draft: {
        'subject.name': '某某公司',
        'subject.principal.mobile': '13800138000',
        'subject.principal.email': 'same@example.com',
        'subject.nature': '个人',
        'subject.principal.name': '张三',
        'website.name': '某某网',
        'subject.remarks': '',
      },
    };
    const report = await restoreFields(input);
    expect(report.filled).toEqual(['subject.name']);
    expect(report.failed).toEqual([
      { key: 'subject.nature', reason: 'locked' },
    ]);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { key: 'subject.principal.mobile', reason: 'user-value' },
        { key: 'subject.principal.email', reason: 'same-value' },
        // the secret element is never a fill target
        { key: 'subject.principal.name', reason: 'not-on-page' },
        { key: 'website.name', reason: 'not-on-page' },
        { key: 'subject.remarks', reason: 'empty' },
      ]),
    );
    expect(report.filled.length + report.failed.length + report.skipped.length).toBe(Object.keys(input.draft).length);
    expect($<HTMLInputElement>('#m').value).toBe('13900000000');
    expect($<HTMLInputElement>('#sms').value).toBe('');

    const again = await restoreFields({ ...input, keys: ['subject.principal.mobile'], overwrite: true });
    expect(again).toEqual({ filled: ['subject.principal.mobile'], failed: [], skipped: [] });
    expect($<HTMLInputElement>('#m').value).toBe('13800138000');
  });
});

describe('splitComposite', () => {
  it('splits phones and strips country prefixes', () => {
    expect(splitComposite('subject.principal.phone', '086-010-12345678', '086', 3)).toEqual({ ok: true, parts: ['010', '12345678', ''] });
    expect(splitComposite('subject.principal.phone', '+86 21 5555 0000', undefined, 3)).toEqual({ ok: true, parts: ['21', '5555', '0000'] });
    expect(splitComposite('subject.principal.phone', '1-2-3-4', undefined, 3)).toEqual({ ok: false, reason: 'too-many-parts' });
  });
  it('strips the region prefix ignoring spaces', () => {
    expect(splitComposite('subject.mailingAddress', '广东省 深圳市 南山区科技园1号', '广东省深圳市南山区', 1)).toEqual({ ok: true, parts: ['科技园1号'] });
    expect(splitComposite('subject.mailingAddress', '科技园1号', undefined, 1)).toEqual({ ok: true, parts: ['科技园1号'] });
  });
});

describe('component-library selects', () => {
  it('opens an Element-like select and clicks the option with the text', async () => {
    document.body.innerHTML = `<div class="el-select"><div class="el-input"><input class="el-input__inner" id="nature" readonly placeholder="请选择"></div></div>`;
    const input = $<HTMLInputElement>('#nature');
    const wrap = $('.el-input');
    // Like Vue: the list renders after the click, an option's mousedown sets the model.
    wrap.addEventListener('click', () => {
      setTimeout(() => {
        const ul = document.createElement('ul');
        ul.setAttribute('role', 'listbox');
        ul.innerHTML = ['企业', '个人', '事业单位'].map((o) => `<li class="el-select-dropdown__item" role="option">${o}</li>`).join('');
        ul.addEventListener('mousedown', (e) => {
          input.value = (e.target as HTMLElement).textContent ?? '';
          ul.remove();
        });
        $('.el-select').appendChild(ul);
      }, 20);
    });
    expect(await fillField(field('subject.nature', 'select', [input]), '个人')).toEqual({ ok: true });
    expect(input.value).toBe('个人');
    expect(await fillField(field('subject.nature', 'select', [input]), '个人')).toEqual({ ok: true });
    expect(await fillField(field('subject.nature', 'select', [input]), '外星人', { timeoutMs: 100 })).toEqual({ ok: false, reason: 'no-such-option' });
  });
});
