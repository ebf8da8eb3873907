// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../domain/finding';
import type { RecognizedField } from '../../recognition/types';
import { createWarningsView, type WarningsView } from './warnings-view';

const finding = (rule: string, field: string, fields: string[], message = 'bad'): Finding => ({
  rule,
  field,
  fields,
  severity: 'error',
  message: { zh: message, en: message },
  why: { zh: 'why', en: 'why' },
  source: 'seed-003',
});

function field(key: string, label?: string): RecognizedField {
  const el = document.createElement('input');
  el.id = key;
  if (label) {
    const l = document.createElement('label');
    l.htmlFor = key;
    l.textContent = label;
    document.body.append(l);
  }
  document.body.append(el);
  return { key, kind: 'text', elements: [el], anchor: el, confidence: 1 };
}

const shadow = () => document.querySelector('[data-icp-helper]')!.shadowRoot!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

const warnings = () =>
  [...document.querySelectorAll('[data-icp-helper]')].flatMap((h) =>
    [...(h.shadowRoot?.querySelectorAll('[data-icp-rule][data-icp-field]') ?? [])].map((w) => `${w.getAttribute('data-icp-rule')}@${w.getAttribute('data-icp-field')}`),
  );

let view: WarningsView | undefined;
afterEach(() => {
  view?.destroy();
  document.body.innerHTML = '';
});

describe('warnings view', () => {
  it('draws one element per marked field in an open shadow root on <html>, text only, and removes them', () => {
    const fields = [field('subject.certAddress'), field('subject.mailingAddress'), field('subject.principal.mobile')];
    view = createWarningsView({ doc: document, lang: 'en' });
    view.update(
      [finding('address-same-province', 'subject.mailingAddress', ['subject.mailingAddress', 'subject.certAddress']), finding('contact1-mobile', 'subject.principal.mobile', ['subject.principal.mobile'], '<img src=x onerror=alert(1)>')],
      fields,
    );
    const host = document.querySelector('[data-icp-helper]')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(warnings().sort()).toEqual(['address-same-province@subject.certAddress', 'address-same-province@subject.mailingAddress', 'contact1-mobile@subject.principal.mobile']);
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(host.shadowRoot!.textContent).toContain('<img src=x');
    expect(document.body.getAttributeNames()).toEqual([]);

    // Dismiss per field and rule: the partner field keeps its warning.
    host.shadowRoot!.querySelector<HTMLButtonElement>('[data-icp-field="subject.certAddress"] [data-icp-dismiss]')!.click();
    expect(warnings().sort()).toEqual(['address-same-province@subject.mailingAddress', 'contact1-mobile@subject.principal.mobile']);
    expect([...view.dismissed()]).toEqual(['subject.certAddress|address-same-province']);

    // Fixed: gone at once.
    view.update([], fields);
    expect(warnings()).toEqual([]);

    view.destroy();
    expect(document.querySelector('[data-icp-helper]')).toBeNull();
  });

  it('skips fields no longer on the page', () => {
    const fields = [field('subject.principal.email')];
    view = createWarningsView({ doc: document, lang: 'zh' });
    fields[0]!.anchor.remove();
    view.update([finding('email', 'subject.principal.email', ['subject.principal.email'])], fields);
    expect(warnings()).toEqual([]);
  });

  it('names fields by the page’s labels, never by key; explains a pair once; switches language live', async () => {
    const fields = [field('subject.certAddress', '* 主办单位证件住所：'), field('subject.mailingAddress')];
    view = createWarningsView({ doc: document, lang: 'en' });
    view.update([{ ...finding('address-same-province', 'subject.mailingAddress', ['subject.mailingAddress', 'subject.certAddress']), message: { zh: '不在同一省', en: 'different provinces' } }], fields);
    const text = () => shadow().textContent ?? '';
    expect(text()).toContain('Goes with the warning at “this field”');
    expect(text().match(/different provinces/g)).toHaveLength(1);
    // Opened: the partner is named by its label (star and colon dropped), never by its key.
    shadow().querySelector<HTMLButtonElement>('[data-icp-field-group="subject.mailingAddress"] .more')!.click();
    expect(text()).toContain('Also concerns: 主办单位证件住所');
    expect(text()).not.toMatch(/subject\./);
    // The toggle's accessible name is its visible text (no aria-label).
    const more = shadow().querySelector('[data-icp-field-group="subject.mailingAddress"] .more')!;
    expect(more.hasAttribute('aria-label')).toBe(false);
    expect(more.textContent).toContain('Less');
    view.setLang('zh');
    expect(text()).toContain('不在同一省');
    expect(text()).toContain('同时涉及：主办单位证件住所');
    expect(text()).not.toContain('different provinces');
  });

  it('announces a new error once in a polite live region', async () => {
    const fields = [field('subject.principal.mobile', '联系方式1')];
    view = createWarningsView({ doc: document, lang: 'en' });
    const mobile = finding('contact1-mobile', 'subject.principal.mobile', ['subject.principal.mobile'], 'not a mobile');
    view.update([mobile], fields);
    await frame();
    const live = shadow().querySelector('[aria-live="polite"]')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toBe('Error: 联系方式1: not a mobile');
    live.textContent = '';
    view.update([mobile], fields);
    await frame();
    expect(live.textContent).toBe('');
  });

  it('keeps unchanged bubbles and the focused button across redraws; Escape closes an opened bubble', async () => {
    const fields = [field('subject.principal.mobile', '联系方式1'), field('subject.principal.email', '邮箱')];
    view = createWarningsView({ doc: document, lang: 'en' });
    const mobile = finding('contact1-mobile', 'subject.principal.mobile', ['subject.principal.mobile'], 'not a mobile');
    const email = finding('email', 'subject.principal.email', ['subject.principal.email'], 'not an email');
    view.update([mobile, email], fields);
    await frame();
    const bubble = (f: string) => shadow().querySelector<HTMLElement>(`[data-icp-field-group="${f}"]`)!;
    const mobileBubble = bubble('subject.principal.mobile');
    const emailBubble = bubble('subject.principal.email');
    // Only the email's message changes: the mobile's bubble is the same element.
    view.update([mobile, { ...email, message: { zh: 'x', en: 'still not an email' } }], fields);
    expect(bubble('subject.principal.mobile')).toBe(mobileBubble);
    expect(bubble('subject.principal.email')).not.toBe(emailBubble);
    expect(bubble('subject.principal.email').textContent).toContain('still not an email');
    // Opened from the keyboard: focus stays on the toggle of the redrawn bubble.
    const more = mobileBubble.querySelector<HTMLButtonElement>('.more')!;
    more.focus();
    more.click();
    const opened = bubble('subject.principal.mobile');
    expect(opened.classList.contains('open')).toBe(true);
    expect(shadow().activeElement).toBe(opened.querySelector('.more'));
    expect(opened.textContent).toContain('Why: why');
    opened.querySelector('.more')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(bubble('subject.principal.mobile').classList.contains('open')).toBe(false);
    // Page order is kept when a field's bubble comes back.
    view.update([email], fields);
    view.update([email, mobile], fields);
    expect([...shadow().querySelectorAll('.bubble')].map((b) => b.getAttribute('data-icp-field-group'))).toEqual(['subject.principal.mobile', 'subject.principal.email']);
  });
});
