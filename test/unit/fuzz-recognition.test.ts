// @vitest-environment happy-dom
/**
 * Fuzz: random and adversarial form DOMs never make the recogniser (`recognizeForm`) or the
 * value reader (`readFieldValue`, `readValues`) throw, and finish in reasonable time. The
 * random DOMs come from fast-check; the adversarial ones are the known ways pages break
 * scanners: deep nesting, thousands of fields, duplicate ids, labels pointing nowhere,
 * fields removed while being scanned or read, and hostile unicode.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { recognizeForm } from '../../src/recognition/recognize-form';
import { readFieldValue, readValues } from '../../src/recognition/read-value';
import type { FormRecognition } from '../../src/recognition/types';

const RUNS = Number(process.env.FC_RUNS ?? 150);

const LABELS = [
  '主办单位所属区域', '主办单位性质', '主办单位证件类型', '主办单位证件号码', '主办单位或主办人名称', '主办单位证件住所',
  '主办单位通讯地址', '投资人或主管单位', '备注', '负责人姓名', '证件类型', '证件号码', '联系方式1', '联系方式2', '应急联系电话',
  '电子邮件地址', '网站名称', '服务名称', '网站域名', '网站首页URL', '网站服务内容', '网站语言', '前置或专项审批内容类型', '网站备案号',
  '验证码', '手机验证码', 'ICP备案密码', 'Email', 'Mobile', 'Domain', 'Website name', 'Subject type', '*', '：', '',
];
const HEADINGS = ['主办单位信息', '主办单位负责人信息', '网站基本信息', '网站负责人信息', '互联网信息服务负责人', 'Website information', '继续添加网站'];
const WEIRD = [
  '\u202Eevil\u202C', '\u200B\u200C\u200D\uFEFF', 'e\u0301\u0301\u0301', '\uD800', '\uDFFF', '𠮷𠮷', '👩‍👩‍👧‍👦', '\u0000', '\r\n\t', '<b>x</b>',
  'ＩＣＰ备案密码', '联 系 方 式 1', '证件号码'.repeat(500),
];
const IDS = ['a', 'b', 'c', 'dup', 'dup', 'x y', '', '1', '#', 'f0'];

function check(rec: FormRecognition): void {
  for (const f of rec.fields) readFieldValue(f);
  readValues(rec);
  for (const f of rec.fields) {
    expect(typeof f.key).toBe('string');
    expect(f.elements.length).toBeGreaterThanOrEqual(0);
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

type Node = { tag: string; text?: string; id?: string; forId?: string; labelledby?: string; type?: string; value?: string; children: Node[] };

const TAGS = ['div', 'span', 'label', 'input', 'select', 'textarea', 'table', 'tr', 'td', 'th', 'h3', 'section', 'fieldset', 'legend', 'p', 'b', 'option', 'form', 'ul', 'li', 'button'];
const INPUT_TYPES = ['text', 'tel', 'email', 'password', 'checkbox', 'radio', 'hidden', 'number', 'date', 'file', 'weird'];

const attrs = {
  tag: fc.constantFrom(...TAGS),
  text: fc.oneof(fc.constantFrom(...LABELS, ...HEADINGS, ...WEIRD), fc.string({ maxLength: 12 })),
  id: fc.constantFrom(...IDS),
  forId: fc.constantFrom(...IDS, 'nowhere'),
  labelledby: fc.constantFrom(...IDS, 'nowhere', 'a b nowhere'),
  type: fc.constantFrom(...INPUT_TYPES),
  value: fc.constantFrom('', '13800138000', 'x', '<img src=x onerror=1>', '天津市'),
};
const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 7, depthSize: 'small' },
    fc.record({ ...attrs, children: fc.constant([] as Node[]) }, { requiredKeys: ['tag', 'children'] }),
    fc.record({ ...attrs, children: fc.array(tie('node'), { maxLength: 4 }) }, { requiredKeys: ['tag', 'children'] }),
  ),
})).node;

function build(n: Node, parent: globalThis.Node): void {
  let el: HTMLElement;
  try {
    el = document.createElement(n.tag);
  } catch {
    return;
  }
  if (n.id !== undefined) el.id = n.id;
  if (n.tag === 'label' && n.forId !== undefined) el.setAttribute('for', n.forId);
  if (n.labelledby !== undefined && n.tag !== 'label') el.setAttribute('aria-labelledby', n.labelledby);
  if (n.tag === 'input') {
    el.setAttribute('type', n.type ?? 'text');
    try {
      (el as HTMLInputElement).value = n.value ?? '';
    } catch {
      /* file inputs refuse values, as in browsers */
    }
    if (n.text) el.setAttribute('placeholder', n.text);
  } else if (n.text) {
    el.appendChild(document.createTextNode(n.text));
  }
  if (n.tag === 'select' && n.value) {
    const o = document.createElement('option');
    o.textContent = n.value;
    el.appendChild(o);
  }
  try {
    parent.appendChild(el);
  } catch {
    return; // e.g. children of <input>: the DOM refuses, so would a page
  }
  for (const c of n.children) build(c, el);
}

describe('recognition fuzz', () => {
  it('random DOMs never throw', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 6 }), (roots) => {
        document.body.innerHTML = '';
        for (const r of roots) build(r, document.body);
        check(recognizeForm(document));
        // Also recognising a sub-tree and a detached tree.
        const first = document.body.firstElementChild;
        if (first) check(recognizeForm(first));
        const detached = document.createElement('div');
        for (const r of roots) build(r, detached);
        check(recognizeForm(detached));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives 500 levels of nesting (sections, labels and tables)', () => {
    let html = '';
    for (let i = 0; i < 500; i++) html += i % 3 === 0 ? '<section><h3>主办单位负责人信息</h3>' : i % 3 === 1 ? '<div class="row">' : '<table><tr><td>';
    html += '<label for="deep">联系方式1</label><input id="deep" value="13800138000"><label>电子邮件地址<input value="a@b.c"></label>';
    for (let i = 499; i >= 0; i--) html += i % 3 === 0 ? '</section>' : i % 3 === 1 ? '</div>' : '</td></tr></table>';
    document.body.innerHTML = html;
    const rec = recognizeForm(document);
    check(rec);
    expect(rec.fields.some((f) => f.key === 'subject.principal.mobile')).toBe(true);
  });

  // Parsed HTML nests at most 512 deep in Chrome, but a script can build deeper trees.
  it('survives a linear chain of 2,000 nested spans built by script', () => {
    let node: HTMLElement = document.body;
    for (let i = 0; i < 2000; i++) {
      const s = document.createElement('span');
      node.appendChild(s);
      node = s;
    }
    node.innerHTML = '<label for="m">联系方式1</label><input id="m">';
    check(recognizeForm(document));
  });

  it('handles 5,000 fields in reasonable time', () => {
    const parts: string[] = ['<h3>主办单位负责人信息</h3>'];
    for (let i = 0; i < 5000; i++) {
      const label = LABELS[i % LABELS.length]!;
      parts.push(i % 250 === 0 ? `<h3>${HEADINGS[(i / 250) % HEADINGS.length]}</h3>` : '');
      parts.push(`<div class="row"><label for="n${i}">${label}</label><input id="n${i}" value="v${i}"></div>`);
    }
    document.body.innerHTML = parts.join('');
    const t0 = performance.now();
    const rec = recognizeForm(document);
    check(rec);
    const ms = performance.now() - t0;
    expect(rec.fields.length + rec.unmapped.length + rec.secrets.length).toBeGreaterThan(1000);
    // Not a performance budget (that is `npm run bench`): a guard against quadratic blow-ups.
    expect(ms, `recognising 5,000 fields took ${ms.toFixed(0)} ms in happy-dom`).toBeLessThan(20_000);
  }, 60_000);

  it('handles duplicate ids and labels pointing nowhere', () => {
    document.body.innerHTML = `
      <h3>主办单位负责人信息</h3>
      <label for="dup">联系方式1</label><input id="dup" value="13800138000">
      <label for="dup">电子邮件地址</label><input id="dup" value="a@b.c">
      <label for="dup">证件号码</label><select id="dup"></select>
      <label for="nowhere">网站名称</label>
      <label for="">备注</label><input id="">
      <span id="lbl">负责人姓名</span><input aria-labelledby="lbl lbl missing" value="x">
      <input aria-labelledby="missing missing2">
      <input aria-label="">
      <label><label>证件号码<input></label></label>
      <label for="self" id="self">自指</label>`;
    check(recognizeForm(document));
  });

  it('handles hostile unicode in labels and values', () => {
    document.body.innerHTML = WEIRD.map(
      (w, i) => `<h3>${w}</h3><div><label for="w${i}">${w}</label><input id="w${i}" placeholder="${w.replace(/"/g, '')}"><label for="v${i}">联系方式1${w}</label><input id="v${i}"></div>`,
    ).join('');
    for (const [i, w] of WEIRD.entries()) (document.getElementById(`v${i}`) as HTMLInputElement).value = w;
    check(recognizeForm(document));
  });

  it('survives fields removed while being scanned and read', () => {
    const parts: string[] = ['<h3>主办单位负责人信息</h3>'];
    for (let i = 0; i < 60; i++) parts.push(`<div class="row"><label for="r${i}">${LABELS[i % 24]}</label><input id="r${i}" value="v${i}"></div>`);
    document.body.innerHTML = parts.join('');
    const rows = Array.from(document.querySelectorAll('.row'));
    // Reading some labels and values removes other rows (a page re-rendering under us).
    let removals = 0;
    for (const [i, row] of rows.entries()) {
      if (i % 7 !== 0) continue;
      const label = row.querySelector('label')!;
      const input = row.querySelector('input')!;
      const victim = (k: number) => rows[(i * 13 + k) % rows.length]!;
      const origText = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(label))), 'textContent');
      Object.defineProperty(label, 'textContent', {
        configurable: true,
        get() {
          victim(1).remove();
          removals++;
          return origText?.get?.call(this) ?? '';
        },
      });
      const origValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value');
      Object.defineProperty(input, 'value', {
        configurable: true,
        get() {
          victim(2).remove();
          removals++;
          return origValue?.get?.call(this) ?? '';
        },
      });
    }
    const rec = recognizeForm(document);
    check(rec);
    // And fields gone after recognition (route change): reading stale fields must not throw.
    for (const row of Array.from(document.querySelectorAll('.row')).slice(0, 30)) row.remove();
    document.body.innerHTML = '';
    check(rec);
    expect(removals).toBeGreaterThan(0);
  });

  it('handles open shadow roots, selects without options and groups without labels', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<h3>网站基本信息</h3><label for="s1">网站名称</label><input id="s1"><div role="group" aria-label="网站服务内容"><input type="checkbox"><input type="checkbox" checked></div><select></select><select><optgroup></optgroup></select>';
    document.body.insertAdjacentHTML('beforeend', '<select id="e"></select><label for="e">网站语言</label><input type="radio" name="r"><input type="radio" name="r" checked><div contenteditable="true">证件号码</div>');
    check(recognizeForm(document));
    check(recognizeForm(root));
  });
});
