// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFieldValue, readValues } from './read-value';
import { recognizeForm } from './recognize-form';
import type { FormRecognition, RecognizedField } from './types';

function page(html: string): FormRecognition {
  document.body.innerHTML = html;
  return recognizeForm(document);
}
function byKey(rec: FormRecognition): Record<string, RecognizedField> {
  return Object.fromEntries(rec.fields.map((f) => [f.key, f]));
}
function keyOf(rec: FormRecognition, id: string): string | undefined {
  const el = document.getElementById(id);
  return rec.fields.find((f) => f.elements.some((e) => e === el))?.key;
}
function set(id: string, value: string): void {
  (document.getElementById(id) as HTMLInputElement).value = value;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('plain label[for] and wrapping labels', () => {
  it('maps inputs by label[for], ignoring * and colons', () => {
    const rec = page(`
      <form>
        <label for="a"><span>*</span>主办单位或主办人名称：</label><input id="a">
        <label for="b">* 电子邮件地址:</label><input id="b" type="email">
        <label>投资人或主管单位 <input id="c"></label>
      </form>`);
    expect(keyOf(rec, 'a')).toBe('subject.name');
    expect(keyOf(rec, 'b')).toBe('subject.principal.email');
    expect(keyOf(rec, 'c')).toBe('subject.investor');
    set('a', '天津某某科技有限公司');
    expect(readValues(rec)['subject.name']).toBe('天津某某科技有限公司');
  });

  it('reads a select by the selected option TEXT, a placeholder option as empty', () => {
    const rec = page(`<label for="t">负责人证件类型</label>
      <select id="t"><option value="">--请选择--</option><option value="1">身份证</option><option value="2">护照</option></select>`);
    const f = byKey(rec)['subject.principal.idType']!;
    expect(f.kind).toBe('select');
    expect(readFieldValue(f)).toBeUndefined();
    (document.getElementById('t') as HTMLSelectElement).value = '2';
    expect(readFieldValue(f)).toBe('护照');
  });
});

describe('aria', () => {
  it('uses aria-labelledby and aria-label', () => {
    const rec = page(`<div id="l1">网站首页URL</div><input id="a" aria-labelledby="l1"><input id="b" aria-label="网站名称">`);
    expect(keyOf(rec, 'a')).toBe('website.homepageUrl');
    expect(keyOf(rec, 'b')).toBe('website.name');
  });
});

describe('tables', () => {
  it('label cell to the left, two pairs per row', () => {
    const rec = page(`<table>
      <tr><td>主办单位证件住所：</td><td><input id="a"></td><td>投资人或主管单位：</td><td><input id="b"></td></tr>
    </table>`);
    expect(keyOf(rec, 'a')).toBe('subject.certAddress');
    expect(keyOf(rec, 'b')).toBe('subject.investor');
  });

  it('label row above the input row', () => {
    const rec = page(`<table>
      <tr><th>网站名称</th><th>网站首页URL</th><th>电子邮件地址</th></tr>
      <tr><td><input id="a"></td><td><input id="b"></td><td><input id="c"></td></tr>
    </table>`);
    expect(keyOf(rec, 'a')).toBe('website.name');
    expect(keyOf(rec, 'b')).toBe('website.homepageUrl');
    expect(keyOf(rec, 'c')).toBe('subject.principal.email');
  });
});

describe('component libraries', () => {
  it('Ant Design form items, with a component select showing its value as text', () => {
    const rec = page(`<form class="ant-form">
      <div class="ant-form-item"><div class="ant-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required">主办单位性质</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-select" id="nat"><div class="ant-select-selector"><input class="ant-select-selection-search-input" readonly><span class="ant-select-selection-item" title="企业">企业</span></div></div></div></div></div>
      <div class="ant-form-item"><div class="ant-row"><div class="ant-col ant-form-item-label"><label>证件号码</label></div>
        <div class="ant-col ant-form-item-control"><input class="ant-input" id="no"></div></div></div>
      <div class="ant-form-item"><div class="ant-row"><div class="ant-col ant-form-item-label"><label>网站语言</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-select" id="lang"><span class="ant-select-selection-placeholder">请选择</span></div></div></div></div>
    </form>`);
    const f = byKey(rec);
    expect(f['subject.nature']!.kind).toBe('select');
    expect(readFieldValue(f['subject.nature']!)).toBe('企业');
    expect(keyOf(rec, 'no')).toBe('subject.certNumber');
    expect(readFieldValue(f['website.language']!)).toEqual([]);
  });

  it('Element form items (.el-form-item__label, .el-select input)', () => {
    const rec = page(`<form class="el-form">
      <div class="el-form-item"><label class="el-form-item__label">网站负责人姓名</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" id="n"></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">负责人证件类型</label><div class="el-form-item__content"><div class="el-select" id="s"><div class="el-input"><input class="el-input__inner" readonly value="身份证"></div></div></div></div>
    </form>`);
    expect(keyOf(rec, 'n')).toBe('website.principal.name');
    const s = byKey(rec)['subject.principal.idType']!;
    expect(s.kind).toBe('select');
    expect(readFieldValue(s)).toBe('身份证');
  });

  it('Tencent Tea form items with the new wording', () => {
    const rec = page(`
      <h3>互联网信息服务</h3>
      <div class="tea-form__item"><div class="tea-form__label">服务名称（网站）</div><div class="tea-form__controls"><input id="sn" class="tea-input"></div></div>
      <div class="tea-form__item"><div class="tea-form__label">备注</div><div class="tea-form__controls"><textarea id="rm"></textarea></div></div>
      <h3>互联网信息服务负责人</h3>
      <div class="tea-form__item"><div class="tea-form__label">姓名</div><div class="tea-form__controls"><input id="pn" class="tea-input"></div></div>
      <div class="tea-form__item"><div class="tea-form__label">证件类型</div><div class="tea-form__controls"><div class="tea-dropdown" id="dt"><span class="tea-dropdown__value">护照</span></div></div></div>
      <div class="tea-form__item"><div class="tea-form__label">联系方式</div><div class="tea-form__controls"><input id="m" placeholder="手机号码"><input id="p" placeholder="固定电话（选填），如 0571-88888888"></div></div>`);
    expect(keyOf(rec, 'sn')).toBe('website.name');
    expect(keyOf(rec, 'rm')).toBe('website.remarks');
    expect(keyOf(rec, 'pn')).toBe('website.principal.name');
    expect(keyOf(rec, 'dt')).toBe('website.principal.idType');
    expect(readFieldValue(byKey(rec)['website.principal.idType']!)).toBe('护照');
    expect(keyOf(rec, 'm')).toBe('website.principal.mobile');
    expect(keyOf(rec, 'p')).toBe('website.principal.phone');
  });

  it('Alibaba Fusion (.next-form-item-label)', () => {
    const rec = page(`<div class="next-form-item"><div class="next-form-item-label"><label>主办单位通讯地址</label></div><div class="next-form-item-control"><input id="a"></div></div>`);
    expect(keyOf(rec, 'a')).toBe('subject.mailingAddress');
  });

  it('plain div rows: the nearest preceding text', () => {
    const rec = page(`<div><div>* 网站名称:</div><div><input id="a"> <span>三个汉字以上</span></div></div>
      <div><span>网站首页URL</span> <input id="b"></div>`);
    expect(keyOf(rec, 'a')).toBe('website.name');
    expect(keyOf(rec, 'b')).toBe('website.homepageUrl');
  });
});

describe('English labels', () => {
  it('maps an English-only form with sections', () => {
    const rec = page(`<form>
      <h2>Subject information</h2>
      <label for="r1">Subject region</label><select id="r1"><option>Tianjin</option></select><select id="r2"><option>Tianjin</option></select><select id="r3"><option>Nankai</option></select>
      <label for="n">Subject name</label><input id="n">
      <h2>Entity leader information</h2>
      <label for="m1">Contact method 1</label><input id="m1">
      <label for="o1">Office phone number</label><input id="o1">
      <label for="e1">Emergency phone</label><input id="e1">
      <h2>Website information</h2>
      <label for="w">Website name</label><input id="w">
      <h2>Website administrator information</h2>
      <label for="wn">Name</label><input id="wn">
      <label for="wm">Contact method 1</label><input id="wm">
    </form>`);
    expect(keyOf(rec, 'r1')).toBe('subject.province');
    expect(keyOf(rec, 'r2')).toBe('subject.city');
    expect(keyOf(rec, 'r3')).toBe('subject.district');
    expect(keyOf(rec, 'n')).toBe('subject.name');
    expect(keyOf(rec, 'm1')).toBe('subject.principal.mobile');
    expect(keyOf(rec, 'o1')).toBe('subject.principal.phone');
    expect(keyOf(rec, 'e1')).toBe('subject.principal.emergencyPhone');
    expect(keyOf(rec, 'w')).toBe('website.name');
    expect(keyOf(rec, 'wn')).toBe('website.principal.name');
    expect(keyOf(rec, 'wm')).toBe('website.principal.mobile');
  });
});

describe('sections decide repeated labels', () => {
  it('证件号码 / 备注 / 联系方式1 by the heading above', () => {
    const rec = page(`
      <h3>主办单位信息</h3>
      <label for="cn">证件号码</label><input id="cn">
      <label for="sr">备注</label><textarea id="sr"></textarea>
      <h3>主办单位负责人信息</h3>
      <label for="pn">姓名</label><input id="pn">
      <label for="pi">证件号码</label><input id="pi">
      <label for="pm">联系方式1</label><input id="pm">
      <h3>网站基本信息</h3>
      <label for="wr">备注</label><textarea id="wr"></textarea>
      <h3>网站负责人信息</h3>
      <label for="wn">姓名</label><input id="wn">
      <label for="wi">证件号码</label><input id="wi">
      <label for="wm">联系方式1</label><input id="wm">`);
    expect(keyOf(rec, 'cn')).toBe('subject.certNumber');
    expect(keyOf(rec, 'sr')).toBe('subject.remarks');
    expect(keyOf(rec, 'pn')).toBe('subject.principal.name');
    expect(keyOf(rec, 'pi')).toBe('subject.principal.idNumber');
    expect(keyOf(rec, 'pm')).toBe('subject.principal.mobile');
    expect(keyOf(rec, 'wr')).toBe('website.remarks');
    expect(keyOf(rec, 'wn')).toBe('website.principal.name');
    expect(keyOf(rec, 'wi')).toBe('website.principal.idNumber');
    expect(keyOf(rec, 'wm')).toBe('website.principal.mobile');
  });

  it('fieldset legends and strong text blocks are headings too', () => {
    const rec = page(`
      <fieldset><legend>网站负责人信息</legend><label for="a">联系方式1</label><input id="a"></fieldset>
      <p><strong>主办单位负责人信息</strong></p><label for="b">联系方式1</label><input id="b">`);
    expect(keyOf(rec, 'a')).toBe('website.principal.mobile');
    expect(keyOf(rec, 'b')).toBe('subject.principal.mobile');
  });

  it('two websites: a repeated heading starts website[1]', () => {
    const rec = page(`
      <h3>网站基本信息</h3><label for="n0">网站名称</label><input id="n0">
      <h3>网站负责人信息</h3><label for="m0">联系方式1</label><input id="m0">
      <h3>网站基本信息</h3><label for="n1">网站名称</label><input id="n1">
      <h3>网站负责人信息</h3><label for="m1">联系方式1</label><input id="m1">`);
    expect(keyOf(rec, 'n0')).toBe('website.name');
    expect(keyOf(rec, 'm0')).toBe('website.principal.mobile');
    expect(keyOf(rec, 'n1')).toBe('website[1].name');
    expect(keyOf(rec, 'm1')).toBe('website[1].principal.mobile');
  });

  it('two websites: repeating containers without headings', () => {
    const block = (i: number): string =>
      `<div class="site"><label for="n${i}">网站名称</label><input id="n${i}"><label for="u${i}">网站首页URL</label><input id="u${i}"></div>`;
    const rec = page(`<h3>网站基本信息</h3>${block(0)}${block(1)}${block(2)}`);
    expect(keyOf(rec, 'n0')).toBe('website.name');
    expect(keyOf(rec, 'u1')).toBe('website[1].homepageUrl');
    expect(keyOf(rec, 'n2')).toBe('website[2].name');
  });

  it('a domain asked before the website section stays on website 0', () => {
    const rec = page(`<label for="d">域名</label><input id="d">
      <h3>网站基本信息</h3><label for="n">网站名称</label><input id="n">`);
    expect(keyOf(rec, 'd')).toBe('website.domains');
    expect(keyOf(rec, 'n')).toBe('website.name');
  });

  // react-late.html's website step (Ant-Design-like items): a "网站负责人" row holding only the
  // 同主体负责人 toggle sits under the 网站负责人信息 heading, before the person's fields. Taken
  // as the website principal's name, it made the real 负责人姓名 a repeat and shifted the whole
  // person block to website[1] (7 of 14 keys right).
  describe('the 网站负责人 "same as the subject" row is no person block', () => {
    const item = (label: string, control: string, htmlFor = ''): string =>
      `<div class="ant-form-item"><div class="ant-form-item-label"><label${htmlFor ? ` for="${htmlFor}"` : ''} title="${label}">${label}</label></div>` +
      `<div class="ant-form-item-control">${control}</div></div>`;
    const person = ['负责人姓名|pn', '负责人证件号码|pi', '联系方式1|pm', '电子邮件地址|pe']
      .map((p) => p.split('|'))
      .map(([label, id]) => item(label!, `<input class="ant-input" id="${id}">`, id));
    const website = (toggle: string): string => `
      <form><div class="website-card">
        <div class="ant-divider" role="heading" aria-level="3">网站基本信息</div>
        ${item('网站名称', '<input class="ant-input" id="wn">', 'wn')}
        ${item('网站首页URL', '<input class="ant-input" id="wu">', 'wu')}
        <div class="ant-divider" role="heading" aria-level="3">网站负责人信息</div>
        ${toggle}
        ${person.join('')}
      </div></form>`;
    const expectWebsite0 = (rec: FormRecognition): void => {
      expect(keyOf(rec, 'wn')).toBe('website.name');
      expect(keyOf(rec, 'wu')).toBe('website.homepageUrl');
      expect(keyOf(rec, 'pn')).toBe('website.principal.name');
      expect(keyOf(rec, 'pi')).toBe('website.principal.idNumber');
      expect(keyOf(rec, 'pm')).toBe('website.principal.mobile');
      expect(keyOf(rec, 'pe')).toBe('website.principal.email');
      expect(rec.fields.filter((f) => f.key.startsWith('website[1]'))).toEqual([]);
    };

    it('a checkbox (react-late.html)', () => {
      const rec = page(website(item('网站负责人', '<label class="ant-checkbox-wrapper"><input type="checkbox" id="same"> 同主体负责人</label>')));
      expectWebsite0(rec);
      expect(keyOf(rec, 'same')).toBeUndefined();
    });

    it('a radio pair, with the row label in a div rather than a <label>', () => {
      const rec = page(
        website(
          `<div class="form-row"><div class="form-label">网站负责人:</div><div class="form-field">` +
            `<label><input type="radio" name="same" id="same" value="1"> 同主体负责人</label>` +
            `<label><input type="radio" name="same" value="0"> 其他人员</label></div></div>`,
        ),
      );
      expectWebsite0(rec);
      expect(keyOf(rec, 'same')).toBeUndefined();
    });

    it('a select of the people already on file', () => {
      const rec = page(
        website(item('网站负责人', '<select id="same"><option value="">同主体负责人</option><option value="new">新增负责人</option></select>', 'same')),
      );
      expectWebsite0(rec);
      expect(keyOf(rec, 'same')).toBeUndefined();
    });
  });
});

describe('composite fields', () => {
  it('联系方式2 as 086-[区号]-[号码]-[分机]', () => {
    const rec = page(`<h3>主办单位负责人信息</h3>
      <div class="row"><span>* 联系方式2:</span> <span>086</span>-<input id="area" placeholder="区号">-<input id="num" placeholder="号码">-<input id="ext" placeholder="分机"></div>
      <div class="row"><label for="em">应急联系电话</label><input id="em"></div>`);
    const f = byKey(rec)['subject.principal.phone']!;
    expect(f.kind).toBe('composite');
    expect(f.elements.map((e) => e.id)).toEqual(['area', 'num', 'ext']);
    set('area', '0535');
    set('num', '6700763');
    expect(readFieldValue(f)).toBe('086-0535-6700763');
    set('ext', '12');
    expect(readFieldValue(f)).toBe('086-0535-6700763-12');
    expect(keyOf(rec, 'em')).toBe('subject.principal.emergencyPhone');
  });

  it('the seed layout 086-010-[号码]-[分机] in a table cell', () => {
    const rec = page(`<table><tr><td>* 联系方式2:</td><td>086-010- <input id="n"> - <input id="x"></td></tr></table>`);
    const f = byKey(rec)['subject.principal.phone']!;
    expect(f.elements).toHaveLength(2);
    expect(f.prefixText).toBe('086-010');
    set('n', '62345678');
    expect(readFieldValue(f)).toBe('086-010-62345678');
  });

  it('mailing address as region prefix text + street input', () => {
    const rec = page(`<table><tr><td>* 主办单位通讯地址:</td><td>北京市宣武区 <input id="st"> 请填写街道地址，不要重复填写省市</td></tr></table>`);
    const f = byKey(rec)['subject.mailingAddress']!;
    expect(f.kind).toBe('composite');
    expect(f.prefixText).toBe('北京市宣武区');
    expect(readFieldValue(f)).toBeUndefined();
    set('st', '广安门内大街1号');
    expect(readFieldValue(f)).toBe('北京市宣武区广安门内大街1号');
  });

  it('a prefix that follows the region select is re-read', () => {
    const rec = page(`<div class="tea-form__item"><div class="tea-form__label">通讯地址</div><div class="tea-form__controls"><span id="pre">请先选择备案区域</span><input id="st"></div></div>`);
    const f = byKey(rec)['subject.mailingAddress']!;
    set('st', '南京路1号');
    expect(readFieldValue(f)).toBe('南京路1号');
    document.getElementById('pre')!.textContent = '天津市 天津市 南开区';
    expect(readFieldValue(f)).toBe('天津市天津市南开区南京路1号');
  });

  it('region as three cascading selects', () => {
    const rec = page(`<label for="p">主办单位所属区域</label>
      <select id="p"><option value="">--请选择--</option><option selected>天津市</option></select>
      <select id="c"><option value="">--请选择--</option><option selected>天津市</option></select>
      <select id="d"><option value="">--请选择--</option><option>南开区</option></select>`);
    const v = readValues(rec);
    expect(v['subject.province']).toBe('天津市');
    expect(v['subject.city']).toBe('天津市');
    expect(v['subject.district']).toBeUndefined();
    expect(keyOf(rec, 'd')).toBe('subject.district');
  });

  it('region as one cascader showing "广东省 / 深圳市 / 南山区"', () => {
    const rec = page(`<div class="ant-form-item"><div class="ant-form-item-label"><label>备案区域</label></div><div class="ant-form-item-control"><div class="ant-select ant-cascader" id="cas"><span class="ant-select-selection-item">广东省 / 深圳市 / 南山区</span></div></div></div>`);
    const v = readValues(rec);
    expect(v).toMatchObject({ 'subject.province': '广东省', 'subject.city': '深圳市', 'subject.district': '南山区' });
  });
});

describe('static text values', () => {
  it('locked fields shown as text next to their labels', () => {
    const rec = page(`
      <div class="row"><div class="lbl">主办单位性质:</div><div class="val"><span id="nat">企业</span></div></div>
      <div class="row"><div class="lbl">主办单位证件号码:</div><div class="val"><span id="no">91120104MA06ABCD1M</span> <span>（不可修改）</span></div></div>
      <table><tr><td>主办单位证件类型：</td><td>工商营业执照</td><td>主办单位证件号码：</td><td></td></tr></table>`);
    const f = byKey(rec);
    expect(f['subject.nature']!.kind).toBe('static');
    expect(readFieldValue(f['subject.nature']!)).toBe('企业');
    expect(readFieldValue(f['subject.certNumber']!)).toBe('91120104MA06ABCD1M');
    expect(readFieldValue(f['subject.certType']!)).toBe('工商营业执照');
  });

  it('one text "天津市 天津市 南开区" splits into three keys', () => {
    const rec = page(`<p><span>主办单位所属区域：</span><span>天津市 天津市 南开区</span></p>`);
    expect(readValues(rec)).toMatchObject({ 'subject.province': '天津市', 'subject.city': '天津市', 'subject.district': '南开区' });
    expect(rec.fields.filter((f) => f.kind === 'static')).toHaveLength(3);
  });

  it('label and value in one text', () => {
    const rec = page(`<p>主办单位性质：个人</p><p>主办单位所属区域: 北京市东城区</p>`);
    expect(readValues(rec)).toMatchObject({ 'subject.nature': '个人', 'subject.province': '北京市', 'subject.district': '东城区' });
  });

  it('a label followed by an input is no static value', () => {
    const rec = page(`<div><span>联系方式2: 086-010-</span><input id="p"></div>`);
    expect(rec.fields.map((f) => f.kind)).not.toContain('static');
    expect(keyOf(rec, 'p')).toBe('subject.principal.phone');
  });
});

describe('option groups', () => {
  it('checkbox group → list of checked labels; radio group → checked label', () => {
    const rec = page(`<form>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>网站服务内容</label></div><div class="ant-form-item-control">
        <label class="ant-checkbox-wrapper"><input type="checkbox" name="s" id="s1"><span>综合门户</span></label>
        <label class="ant-checkbox-wrapper"><input type="checkbox" name="s" id="s2"><span>单位门户网站</span></label>
        <label class="ant-checkbox-wrapper"><input type="checkbox" name="s" id="s3"><span>其他</span></label></div></div>
      <span>主办单位性质：</span><input type="radio" name="n" id="n1"><label for="n1">企业</label><input type="radio" name="n" id="n2"><label for="n2">个人</label>
    </form>`);
    const f = byKey(rec);
    expect(f['website.serviceContent']!.kind).toBe('checkbox-group');
    expect(f['website.serviceContent']!.elements).toHaveLength(3);
    (document.getElementById('s1') as HTMLInputElement).checked = true;
    (document.getElementById('s3') as HTMLInputElement).checked = true;
    expect(readFieldValue(f['website.serviceContent']!)).toEqual(['综合门户', '其他']);
    expect(f['subject.nature']!.kind).toBe('radio-group');
    expect(readFieldValue(f['subject.nature']!)).toBeUndefined();
    (document.getElementById('n2') as HTMLInputElement).checked = true;
    expect(readFieldValue(f['subject.nature']!)).toBe('个人');
  });

  it('a group labelled by role=group aria-labelledby', () => {
    const rec = page(`<span id="ll">网站语言</span><div role="group" aria-labelledby="ll"><label><input type="checkbox" value="zh">中文简体</label><label><input type="checkbox" value="en">英语</label></div>`);
    expect(byKey(rec)['website.language']!.elements).toHaveLength(2);
  });
});

describe('secrets', () => {
  it('image captcha, SMS code and ICP password are secrets, never fields, never read', () => {
    const rec = page(`<form>
      <h3>主办单位负责人信息</h3>
      <div><label for="m">* 联系方式1:</label><input id="m"><button type="button">获取验证码</button></div>
      <div><label for="sms">* 验证码:</label><input id="sms"></div>
      <div><label for="cap">验证码</label><input id="cap" name="x"><img src="data:," alt=""> <a href="#">看不清，换一张</a></div>
      <div><label for="pw">* ICP备案密码:</label><input id="pw" type="password"></div>
      <div><input id="vc" name="checkCode"></div>
      <div><label for="s2">短信验证码</label><input id="s2"></div>
    </form>`);
    const kinds = Object.fromEntries(rec.secrets.map((s) => [s.element.id, s.kind]));
    expect(kinds).toEqual({ sms: 'smsCode', cap: 'captcha', pw: 'icpPassword', vc: 'captcha', s2: 'smsCode' });
    expect(keyOf(rec, 'm')).toBe('subject.principal.mobile');
    const secretEls = new Set(rec.secrets.map((s) => s.element));
    for (const f of rec.fields) for (const e of f.elements) expect(secretEls.has(e)).toBe(false);
    set('sms', '123456');
    set('m', '13800138000');
    const values = readValues(rec);
    expect(JSON.stringify(values)).not.toContain('123456');
    expect(values['subject.principal.mobile']).toBe('13800138000');
    // Even a hand-made field around a secret is refused.
    const pw = document.getElementById('pw') as HTMLElement;
    set('pw', 'hunter2');
    expect(readFieldValue({ key: 'subject.name', kind: 'text', elements: [pw], anchor: pw, confidence: 1 })).toBeUndefined();
  });

  it('a code input under the mobile number without its own label is not part of the mobile field', () => {
    const rec = page(`<div class="row"><label for="m">联系方式1</label><input id="m"><input id="code" placeholder="请输入验证码"><button>获取验证码</button></div>`);
    expect(byKey(rec)['subject.principal.mobile']!.elements.map((e) => e.id)).toEqual(['m']);
    expect(rec.secrets.map((s) => s.element.id)).toEqual(['code']);
  });
});

describe('shadow roots and frames', () => {
  it('walks open shadow roots; label[for] resolves inside the shadow root', () => {
    document.body.innerHTML = `<h3>网站负责人信息</h3><div id="host"></div><span>网站名称</span><x-field id="xf"></x-field>`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="m">联系方式1</label><input id="m"><span id="el">电子邮件地址</span><input id="e" aria-labelledby="el">`;
    const inner = document.getElementById('xf')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<input id="wn">`;
    const rec = recognizeForm(document);
    const keys = rec.fields.map((f) => f.key).sort();
    expect(keys).toEqual(['website.name', 'website.principal.email', 'website.principal.mobile']);
    expect(rec.fields.find((f) => f.key === 'website.principal.mobile')!.anchor).toBe(root.getElementById('m'));
  });

  it('walks same-origin frames when asked, skips cross-origin ones', () => {
    document.body.innerHTML = `<label for="a">网站名称</label><input id="a"><iframe id="same"></iframe><iframe id="cross"></iframe>`;
    const inner = new DOMParser().parseFromString(`<html><body><h3>网站负责人信息</h3><label for="m">联系方式1</label><input id="m"></body></html>`, 'text/html');
    Object.defineProperty(document.getElementById('same')!, 'contentDocument', { get: () => inner });
    Object.defineProperty(document.getElementById('cross')!, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(recognizeForm(document).fields.map((f) => f.key)).toEqual(['website.name']);
    const rec = recognizeForm(document, { includeFrames: true });
    expect(rec.fields.map((f) => f.key)).toEqual(['website.name', 'website.principal.mobile']);
    expect(rec.fields[1]!.anchor.ownerDocument).toBe(inner);
  });
});

describe('placeholders and names as weaker evidence', () => {
  it('maps by placeholder or name when there is no label, with lower confidence', () => {
    const rec = page(`<form><input id="a" placeholder="请输入网站名称"><input id="b" name="contact_email"><input id="c" placeholder="随便写点"></form>`);
    const f = byKey(rec);
    expect(keyOf(rec, 'a')).toBe('website.name');
    expect(keyOf(rec, 'b')).toBe('subject.principal.email');
    expect(f['website.name']!.confidence).toBeLessThan(0.9);
    expect(f['subject.principal.email']!.confidence).toBeLessThan(f['website.name']!.confidence);
    expect(rec.unmapped.map((u) => u.element.id)).toEqual(['c']);
  });
});

describe('decoys', () => {
  it('ignores page chrome, buttons, hidden inputs and search boxes; reports unknown form inputs', () => {
    const rec = page(`
      <header><input type="search" placeholder="搜索"><label for="h">电子邮件地址</label><input id="h"></header>
      <input type="search" id="s2" placeholder="搜索备案帮助">
      <form>
        <label for="a">网站名称</label><input id="a">
        <input type="hidden" name="token" value="x"><input type="submit" value="提交"><button>下一步</button>
        <label for="u">产品类型</label><input id="u">
      </form>
      <div><span>订阅通知</span><input id="nl" type="email" placeholder="电子邮箱"></div>
      <footer><label for="f">邮箱</label><input id="f"></footer>`);
    expect(rec.fields.map((f) => f.key)).toEqual(['website.name']);
    expect(rec.unmapped.map((u) => [u.element.id, u.label])).toEqual([['u', '产品类型']]);
  });
});

describe('provider selector maps', () => {
  it('an override beats the heuristics', () => {
    document.body.innerHTML = `<label for="a">备注</label><input id="a" name="siteName"><label for="b">联系方式1</label><input id="b" name="smsCode">`;
    const plain = recognizeForm(document);
    expect(keyOf(plain, 'a')).toBe('subject.remarks');
    const rec = recognizeForm(document, { provider: 'aliyun' });
    expect(keyOf(rec, 'a')).toBe('website.name');
    expect(rec.secrets.map((s) => [s.element.id, s.kind])).toEqual([['b', 'smsCode']]);
    const custom = recognizeForm(document, { overrides: [{ selector: '#a', key: 'subject.investor' }] });
    expect(keyOf(custom, 'a')).toBe('subject.investor');
  });

  it('an invalid selector is skipped, not thrown', () => {
    document.body.innerHTML = `<label for="a">网站名称</label><input id="a">`;
    expect(keyOf(recognizeForm(document, { overrides: [{ selector: '##bad', key: 'x' }] }), 'a')).toBe('website.name');
  });
});

describe('roots', () => {
  it('accepts an element or a shadow root as the root', () => {
    document.body.innerHTML = `<div id="one"><label for="a">网站名称</label><input id="a"></div><div id="two"><label for="b">网站首页URL</label><input id="b"></div>`;
    expect(recognizeForm(document.getElementById('two')!).fields.map((f) => f.key)).toEqual(['website.homepageUrl']);
  });
});

describe('step bars', () => {
  it('a step indicator naming the sections opens no section', () => {
    const rec = page(`<ol class="steps"><li>验证备案类型</li><li class="active">填写主体信息</li><li>填写网站信息</li></ol>
      <label for="a">联系方式1</label><input id="a">
      <div class="ant-steps"><div class="ant-steps-item-title">网站负责人信息</div></div>
      <label for="b">备注</label><input id="b">`);
    expect(keyOf(rec, 'a')).toBe('subject.principal.mobile');
    expect(keyOf(rec, 'b')).toBe('subject.remarks');
  });
});

describe('Huawei-like wording', () => {
  it('the role alone labels the name input; 联系方式 / 应急电话 / 邮箱 in the subject block', () => {
    const rec = page(`<form>
      <h3>主体信息</h3>
      <div class="form-item"><label class="form-label" for="t">主体类型</label><select id="t"><option>企业</option></select></div>
      <div class="form-item"><label class="form-label" for="n">主办单位名称</label><input id="n"></div>
      <div class="form-item"><div class="form-label">主体负责人</div><input id="pn"></div>
      <div class="form-item"><label class="form-label" for="c">联系方式</label><input id="c"></div>
      <div class="form-item"><label class="form-label" for="e">应急电话</label><input id="e"></div>
      <div class="form-item"><label class="form-label" for="m">邮箱</label><input id="m"></div>
      <h3>网站信息</h3>
      <div class="form-item"><label class="form-label" for="wn">网站名称</label><input id="wn"></div>
      <div class="form-item"><div class="form-label">互联网信息服务负责人</div><input id="wp"></div>
      <div class="form-item"><label class="form-label">请选择网站负责人</label><label><input type="radio" name="who" id="r1">张三</label><label><input type="radio" name="who">新负责人</label></div>
    </form>`);
    expect(keyOf(rec, 't')).toBe('subject.nature');
    expect(keyOf(rec, 'n')).toBe('subject.name');
    expect(keyOf(rec, 'pn')).toBe('subject.principal.name');
    expect(keyOf(rec, 'c')).toBe('subject.principal.mobile');
    expect(keyOf(rec, 'e')).toBe('subject.principal.emergencyPhone');
    expect(keyOf(rec, 'm')).toBe('subject.principal.email');
    expect(keyOf(rec, 'wn')).toBe('website.name');
    expect(keyOf(rec, 'wp')).toBe('website.principal.name');
    expect(keyOf(rec, 'r1')).toBeUndefined();
    expect(rec.unmapped.map((u) => u.element.id)).toEqual(['r1']);
  });
});

describe('section containers', () => {
  it('a fieldset legend titles only its fieldset', () => {
    const rec = page(`<h3>主办单位负责人信息</h3>
      <label for="n">姓名</label><input id="n">
      <fieldset><legend>网站负责人信息</legend><label for="m">联系方式1</label><input id="m"></fieldset>
      <label for="e">电子邮件地址</label><input id="e">`);
    expect(keyOf(rec, 'n')).toBe('subject.principal.name');
    expect(keyOf(rec, 'm')).toBe('website.principal.mobile');
    expect(keyOf(rec, 'e')).toBe('subject.principal.email');
  });

  it('an Ant card title titles only its card', () => {
    const rec = page(`
      <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">主办单位负责人信息</div></div><div class="ant-card-body"><label for="m">联系方式1</label><input id="m"></div></div>
      <label for="c">证件号码</label><input id="c">`);
    expect(keyOf(rec, 'm')).toBe('subject.principal.mobile');
    expect(keyOf(rec, 'c')).toBe('subject.certNumber');
  });
});

describe("the helper's own UI", () => {
  it('controls inside [data-icp-helper] hosts (and their shadow roots) are never mapped', () => {
    document.body.innerHTML = `<h3>网站负责人信息</h3><label for="e">应急联系电话</label><input id="e" value="13900001111">`;
    const host = document.createElement('icp-filing-helper');
    host.setAttribute('data-icp-helper', 'warnings');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div class="head">网站负责人信息</div><label for="x">应急联系电话</label><input id="x" value="×"><label><input type="checkbox" checked>联系方式1</label>`;
    document.documentElement.appendChild(host);
    try {
      const rec = recognizeForm(document);
      const keys = rec.fields.map((f) => f.key);
      expect(keys).toEqual(['website.principal.emergencyPhone']);
      expect(rec.fields[0]!.elements[0]!.id).toBe('e');
      expect(rec.unmapped).toEqual([]);
    } finally {
      host.remove();
    }
  });
});
