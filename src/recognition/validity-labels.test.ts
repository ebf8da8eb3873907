// @vitest-environment happy-dom
/** 证件有效期 (newer consoles) maps to the subject's document or the section's principal (issue 13). */
import { describe, expect, it } from 'vitest';
import { recognizeForm } from './recognize-form';

function keyOf(html: string, id: string): string | undefined {
  document.body.innerHTML = html;
  const rec = recognizeForm(document);
  const el = document.getElementById(id);
  return rec.fields.find((f) => f.elements.some((e) => e === el))?.key;
}

const item = (label: string, id: string) =>
  `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls"><input id="${id}" class="tea-input"></div></div>`;

describe('document validity labels', () => {
  it('subject section → subject.certValidUntil; principal sections → their idValidUntil', () => {
    const html = `
      <h3>主办者信息</h3>${item('证件号码', 'sn')}${item('证件有效期', 'sv')}
      <h3>主体负责人</h3>${item('证件号码', 'pn')}${item('证件有效期至', 'pv')}
      <h3>互联网信息服务负责人</h3>${item('证件号码', 'wn')}${item('有效期至', 'wv')}`;
    expect(keyOf(html, 'sv')).toBe('subject.certValidUntil');
    expect(keyOf(html, 'pv')).toBe('subject.principal.idValidUntil');
    expect(keyOf(html, 'wv')).toBe('website.principal.idValidUntil');
  });
});
