/** @jsxImportSource react */
// @vitest-environment happy-dom
/**
 * Recognition and reading of component-library selects that carry no usable name or class the
 * old class list knew (issue 11), on the real libraries in happy-dom: Arco's combobox is the
 * wrapper div that label[for] names (not labelable, so it has no accessible name); TDesign's
 * select has no ARIA at all; a multiple select reads as its tags' labels, each once.
 */
import { Form as ArcoForm, Input as ArcoInput, Select as ArcoSelect } from '@arco-design/web-react';
import type { ReactElement } from 'react';
import { Form as TForm, Select as TSelect } from 'tdesign-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { readValues } from './read-value';
import { recognizeForm } from './recognize-form';

const NATURES = [{ value: '1', label: '企业' }, { value: '2', label: '个人' }];
const LANGUAGES = [{ value: 'zh-CN', label: '中文简体' }, { value: 'zh-TW', label: '中文繁体' }, { value: 'en', label: '英语' }];

afterEach(() => {
  document.body.innerHTML = '';
});

function Arco(): ReactElement {
  return (
    <ArcoForm initialValues={{ subject_nature: '1', website_language: ['zh-CN', 'en'], subject_principal_phone: '0755-12345678' }}>
      <h3>主办单位信息</h3>
      <ArcoForm.Item label="主办单位性质" field="subject_nature">
        <ArcoSelect options={NATURES} placeholder="请选择" />
      </ArcoForm.Item>
      <h3>主办单位负责人信息</h3>
      <ArcoForm.Item label="办公室电话" field="subject_principal_phone">
        <ArcoInput addBefore="086-" placeholder="区号-号码" />
      </ArcoForm.Item>
      <h3>网站基本信息</h3>
      <ArcoForm.Item label="网站语言" field="website_language">
        <ArcoSelect mode="multiple" options={LANGUAGES} placeholder="请选择" />
      </ArcoForm.Item>
    </ArcoForm>
  );
}

function TDesign(): ReactElement {
  return (
    <TForm initialData={{ subject_nature: '2', website_language: ['zh-TW'] }}>
      <h3>主办单位信息</h3>
      <TForm.FormItem label="主办单位性质" name="subject_nature">
        <TSelect options={NATURES} placeholder="请选择" />
      </TForm.FormItem>
      <h3>网站基本信息</h3>
      <TForm.FormItem label="网站语言" name="website_language">
        <TSelect multiple options={LANGUAGES} placeholder="请选择" />
      </TForm.FormItem>
    </TForm>
  );
}

describe('component selects are recognised by structure and read as shown', { timeout: 20_000 }, () => {
  it('Arco: the combobox div named by label[for] gets its key; the multiple select reads its tags; the 086- addon is read in front', async () => {
    await renderReact(<Arco />);
    const rec = recognizeForm(document);
    const nature = rec.fields.find((f) => f.key === 'subject.nature');
    expect(nature?.kind).toBe('select');
    expect(nature?.anchor.getAttribute('role')).toBe('combobox');
    expect(rec.fields.find((f) => f.key === 'website.language')?.kind).toBe('select');
    expect(readValues(rec)).toMatchObject({ 'subject.nature': '企业', 'website.language': ['中文简体', '英语'], 'subject.principal.phone': '086-0755-12345678' });
  });

  it('TDesign: the select without any ARIA is the t-select wrapper, named by its form item; the multiple select reads its tags', async () => {
    await renderReact(<TDesign />);
    const rec = recognizeForm(document);
    expect(rec.fields.find((f) => f.key === 'subject.nature')?.kind).toBe('select');
    // TDesign shows the labels once its options are indexed (an effect after the first render).
    await vi.waitFor(() => expect(readValues(rec)).toMatchObject({ 'subject.nature': '个人', 'website.language': ['中文繁体'] }), { timeout: 3000 });
  });
});
