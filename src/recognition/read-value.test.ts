// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFieldValue, readValues } from './read-value';
import { recognizeForm } from './recognize-form';
import type { FormRecognition } from './types';

function page(html: string): FormRecognition {
  document.body.innerHTML = html;
  return recognizeForm(document);
}

describe('readFieldValue / readValues', () => {
  it('a multiple select gives the list of selected texts', () => {
    const rec = page(`<label for="l">网站语言</label><select id="l" multiple><option value="zh" selected>中文简体</option><option value="en" selected>英语</option><option value="ja">日语</option></select>`);
    expect(readValues(rec)['website.language']).toEqual(['中文简体', '英语']);
  });

  it('a select left on its value="" option reads as empty, whatever that option says', () => {
    const rec = page(`<h3>主办单位负责人信息</h3><label for="t">负责人证件类型</label><select id="t"><option value="">选择负责人证件类型</option><option>居民身份证</option></select>`);
    expect(readValues(rec)['subject.principal.idType']).toBeUndefined();
    (document.getElementById('t') as HTMLSelectElement).selectedIndex = 1;
    expect(readValues(rec)['subject.principal.idType']).toBe('居民身份证');
  });

  it('a single select for a list key still gives a list', () => {
    const rec = page(`<label for="l">网站语言</label><select id="l"><option value="">请选择</option><option selected>中文简体</option></select>`);
    expect(readValues(rec)['website.language']).toEqual(['中文简体']);
  });

  it('static domains and domain inputs merge into one list', () => {
    const rec = page(`<div><span>已验证域名：</span><span>example.com</span></div>
      <div><label for="d1">网站其他域名</label><input id="d1" value="example.cn"></div>`);
    expect(rec.fields.filter((f) => f.key === 'website.domains')).toHaveLength(2);
    expect(readValues(rec)['website.domains']).toEqual(['example.com', 'example.cn']);
  });

  it('several domain inputs are one field read as a list', () => {
    const rec = page(`<div class="ant-form-item"><div class="ant-form-item-label"><label>域名列表</label></div><div class="ant-form-item-control">
      <input id="a" value="a.com"><input id="b" value=""><input id="c" value="c.cn"></div></div>`);
    const f = rec.fields.find((x) => x.key === 'website.domains')!;
    expect(f.elements).toHaveLength(3);
    expect(readFieldValue(f)).toEqual(['a.com', 'c.cn']);
  });

  it('a textarea of domains splits on newlines and commas', () => {
    const rec = page(`<label for="t">域名</label><textarea id="t">a.com
b.cn， c.net</textarea>`);
    expect(readValues(rec)['website.domains']).toEqual(['a.com', 'b.cn', 'c.net']);
  });

  it('an empty field reads as undefined and is left out of readValues', () => {
    const rec = page(`<label for="a">网站名称</label><input id="a"><label for="b">网站首页URL</label><input id="b" value="  ">`);
    expect(readValues(rec)).toEqual({});
  });

  it('component multi-selects (Ant tags) give the tag texts', () => {
    const rec = page(`<div class="ant-form-item"><div class="ant-form-item-label"><label>网站服务内容</label></div><div class="ant-form-item-control">
      <div class="ant-select ant-select-multiple"><span class="ant-select-selection-item"><span class="ant-select-selection-item-content">综合门户</span></span><span class="ant-select-selection-item"><span class="ant-select-selection-item-content">网络图片</span></span></div></div></div>`);
    expect(readValues(rec)['website.serviceContent']).toEqual(['综合门户', '网络图片']);
  });

  it('a 086 phone with only the prefix filled reads as undefined', () => {
    const rec = page(`<div><span>联系方式2：</span><span>086</span>-<input id="a">-<input id="b"></div>`);
    expect(readValues(rec)['subject.principal.phone']).toBeUndefined();
  });
});

describe('decoys in text', () => {
  it('help sentences naming sections or fields open no section and label nothing', () => {
    const rec = page(`<h3>主办单位负责人信息</h3>
      <p>如网站负责人信息与主体负责人不同，请在网站负责人信息栏下选择填写新负责人信息。</p>
      <label for="m">联系方式1</label><input id="m">
      <div class="tip">请填写电子邮件地址以便接收通知</div>
      <input id="x" placeholder="选填">`);
    expect(rec.fields.map((f) => f.key)).toEqual(['subject.principal.mobile']);
  });

  it('hidden subtrees and popups are skipped', () => {
    const rec = page(`<div style="display: none"><label for="a">网站名称</label><input id="a"></div>
      <div hidden><label for="b">网站首页URL</label><input id="b"></div>
      <div class="ant-select-dropdown"><div>主办单位信息</div><input id="c" aria-label="网站名称"></div>
      <label for="d">备注</label><input id="d">`);
    expect(rec.fields.map((f) => f.key)).toEqual(['subject.remarks']);
  });
});
