// @vitest-environment happy-dom
/**
 * Speed work on the recogniser must not change what it finds. Every sample form
 * (test/fixtures/forms, as parsed HTML: no scripts run) and a few hundred seeded random form-like
 * DOMs (labels, headings, tables, form items, values shown as text, component-select classes)
 * are recognised, and the whole result — every field's key, kind, elements, confidence, part and
 * prefix, every secret, every unmapped control with its label and reason — is compared with the
 * recorded output (__snapshots__/recognition-output.json, written by the recogniser before the
 * speed work). A change to recognition that is meant to change its output updates that file
 * (`vitest -u`) and says why in its commit.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, listForms } from '../support/sample-forms';
import { recognizeForm } from '../../src/recognition/recognize-form';
import type { FormRecognition } from '../../src/recognition/types';
import { seededRandom as rng } from '../support/seeded-random';

/** An element as a path of child indexes from the document element (stable across runs). */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    parts.push(`${e.tagName.toLowerCase()}${[...e.parentElement.children].indexOf(e)}`);
  }
  return parts.reverse().join('/');
}

function serialize(rec: FormRecognition): unknown {
  return {
    fields: rec.fields.map((f) => ({
      key: f.key,
      kind: f.kind,
      elements: f.elements.map(pathOf),
      anchor: pathOf(f.anchor),
      confidence: Math.round(f.confidence * 1e6) / 1e6,
      ...(f.part !== undefined ? { part: f.part } : {}),
      ...(f.prefixText ? { prefixText: f.prefixText } : {}),
      ...(f.prefixElement ? { prefixElement: pathOf(f.prefixElement) } : {}),
      ...(f.labelInText ? { labelInText: true } : {}),
    })),
    secrets: rec.secrets.map((s) => ({ kind: s.kind, element: pathOf(s.element) })),
    unmapped: rec.unmapped.map((u) => ({ element: pathOf(u.element), label: u.label, reason: u.reason })),
  };
}

const LABELS = [
  '*主办单位名称：', '主办单位性质', '证件类型', '证件号码：', '投资人或主管单位', '主办单位通讯地址', '主办单位所属区域', '省份', '城市', '区县',
  '姓名', '负责人姓名', '手机号码', '联系方式1', '联系方式2', '办公电话', '应急联系电话', '电子邮件', '证件有效期', '网站名称', '网站域名', '网站首页URL',
  '网站服务内容', '网站语言', '前置审批', '备注', '验证码', '短信验证码', '备案密码', 'Website name', 'Mobile', 'E-mail address', 'Domain names',
  '请输入网站名称', '请选择证件类型', '固定电话（选填），如 0571-88888888', '主办单位性质：企业', '证件号码：91110108MA01ABCD0B', '地址', '联系方式',
  '请填写电子邮件地址以便接收通知', '搜索', '086', '+86', '区号', '（不可修改）',
];
const HEADINGS = ['主办单位信息', '主办单位负责人信息', '网站基本信息', '网站信息', '网站负责人信息', '互联网信息服务负责人', 'Website information', '网站2', '填写主体信息'];
const VALUES = ['企业', '天津市', '天津市南开区', '北京市海淀区中关村大街1号', '13800138000', 'example.com', '居民身份证', '个人', ''];
const CLASSES = ['', 'row', 'ant-form-item', 'ant-form-item-label', 'el-form-item', 'el-form-item__label', 'form-group', 'control-label', 'ant-select', 'el-select', 'tea-dropdown', 't-select', 'section-title', 'card-head', 'ant-card', 'ant-card-head', 'tip', 'help-block', 'step'];
const NAMES = ['', 'mobile', 'email', 'siteName', 'domain', 'captcha', 'smsCode', 'pwd', 'creditCode', 'q', 'remark', 'province'];
const TYPES = ['text', 'text', 'text', 'tel', 'email', 'password', 'checkbox', 'radio', 'file', 'search', 'hidden', 'button'];

function randomForm(seed: number): Document {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const doc = document.implementation.createHTMLDocument('fuzz');
  let ids = 0;
  const grow = (parent: Element, depth: number): void => {
    const n = depth === 0 ? 4 + Math.floor(r() * 8) : Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const roll = r();
      if (roll < 0.18) {
        parent.appendChild(doc.createTextNode(pick([...LABELS, ...VALUES])));
      } else if (roll < 0.24) {
        const h = doc.createElement(pick(['h3', 'h4', 'legend', 'div', 'strong', 'th']));
        if (r() < 0.5) h.className = pick(CLASSES);
        h.textContent = pick(HEADINGS);
        parent.appendChild(h);
      } else if (roll < 0.5) {
        const tag = pick(['input', 'input', 'input', 'select', 'textarea', 'div']);
        const el = doc.createElement(tag);
        el.id = `c${ids++}`;
        if (tag === 'input') el.setAttribute('type', pick(TYPES));
        if (tag === 'div') el.className = pick(['ant-select', 'el-select', 't-select', 'tea-dropdown']);
        if (tag === 'select') el.appendChild(doc.createElement('option')).textContent = pick(VALUES) || '请选择';
        const name = pick(NAMES);
        if (name) el.setAttribute('name', name);
        if (r() < 0.25) el.setAttribute('placeholder', pick(LABELS));
        if (r() < 0.1) el.setAttribute('aria-label', pick(LABELS));
        if (r() < 0.5) {
          const label = doc.createElement('label');
          label.textContent = pick(LABELS);
          if (r() < 0.7) label.htmlFor = el.id;
          parent.appendChild(label);
        }
        parent.appendChild(el);
      } else if (roll < 0.62) {
        const table = doc.createElement('table');
        const rows = 1 + Math.floor(r() * 3);
        for (let k = 0; k < rows; k++) {
          const tr = table.appendChild(doc.createElement('tr'));
          tr.appendChild(doc.createElement(r() < 0.5 ? 'td' : 'th')).textContent = pick(LABELS);
          const td = tr.appendChild(doc.createElement('td'));
          if (r() < 0.6) {
            const input = td.appendChild(doc.createElement('input'));
            input.setAttribute('type', pick(TYPES));
          } else td.textContent = pick(VALUES);
        }
        parent.appendChild(table);
      } else {
        const el = doc.createElement(pick(['div', 'div', 'span', 'section', 'fieldset', 'form', 'p', 'li', 'label', 'header', 'nav', 'dl', 'dt', 'dd']));
        if (r() < 0.6) el.className = pick(CLASSES);
        if (r() < 0.05) el.setAttribute('role', pick(['group', 'radiogroup', 'combobox', 'search', 'heading']));
        if (r() < 0.04) el.setAttribute('style', 'display: none');
        parent.appendChild(el);
        if (depth < 6) grow(el, depth + 1);
      }
    }
  };
  grow(doc.body, 0);
  return doc;
}

const RANDOM_FORMS = 300;

describe('recognition output is unchanged by speed work', () => {
  it('on every sample form and on seeded random forms', async () => {
    const out: Record<string, unknown> = {};
    for (const path of listForms(FORMS)) {
      const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
      out[relative(FORMS, path)] = serialize(recognizeForm(doc, { includeFrames: true }));
    }
    for (let seed = 1; seed <= RANDOM_FORMS; seed++) out[`random-${seed}`] = serialize(recognizeForm(randomForm(seed), { includeFrames: true }));
    // The random forms must exercise the recogniser, not just not throw.
    const random = Object.entries(out).filter(([k]) => k.startsWith('random-')).map(([, v]) => v as { fields: unknown[]; unmapped: unknown[] });
    expect(random.filter((r) => r.fields.length > 0).length).toBeGreaterThan(RANDOM_FORMS / 2);
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('__snapshots__/recognition-output.json');
  });
});
