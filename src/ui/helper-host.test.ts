// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: the "said once" flag is per page session.
const load = async () => {
  vi.resetModules();
  return import('./helper-host');
};

afterEach(() => vi.restoreAllMocks());

describe('helper hosts', () => {
  it('get a random valid custom-element tag per host, with the shadow root of the asked mode', async () => {
    const { createHelperHost } = await load();
    const a = createHelperHost(document, 'warnings', 'open', 'position:fixed')!;
    const b = createHelperHost(document, 'drafts', 'closed', 'position:fixed')!;
    expect(a.host.localName).toMatch(/^h-[0-9a-f]{12}$/);
    expect(b.host.localName).toMatch(/^h-[0-9a-f]{12}$/);
    expect(a.host.localName).not.toBe(b.host.localName);
    expect(a.host.localName).not.toBe('icp-filing-helper');
    expect(a.host.getAttribute('data-icp-helper')).toBe('warnings');
    expect(a.host.shadowRoot).toBe(a.root);
    // Closed: the page's scripts get no handle on what is inside.
    expect(b.host.shadowRoot).toBeNull();
    expect(b.root.mode).toBe('closed');
    expect(b.host.isConnected).toBe(false);
  });

  it('fall back to a <div> when the random tag refuses a shadow root', async () => {
    const { createHelperHost } = await load();
    const real = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      if (this.localName !== 'div') throw new DOMException('disabled', 'NotSupportedError');
      return real.call(this, init);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const made = createHelperHost(document, 'warnings', 'open', '');
    expect(made?.host.localName).toBe('div');
    expect(made?.host.getAttribute('data-icp-helper')).toBe('warnings');
    expect(warn).not.toHaveBeenCalled();
  });

  it('stop quietly with one console line when no element takes a shadow root', async () => {
    const { createHelperHost } = await load();
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => {
      throw new DOMException('disabled', 'NotSupportedError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let i = 0; i < 5; i++) expect(createHelperHost(document, 'warnings', 'open', '')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-icp-helper]')).toBeNull();
  });
});
