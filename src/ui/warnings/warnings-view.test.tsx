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

function field(key: string): RecognizedField {
  const el = document.createElement('input');
  el.id = key;
  document.body.append(el);
  return { key, kind: 'text', elements: [el], anchor: el, confidence: 1 };
}

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
});
