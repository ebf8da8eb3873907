/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Input } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReact } from '../../test/support/render-lib';
import { addonOf, matchesAddonInput, readAddonInput, valueAfterAddon } from './addon-input';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('addon-input adapter (real antd Input with addonBefore in happy-dom)', () => {
  it('finds the addon of its own group only, reads addon and value', async () => {
    const { container } = await renderReact(
      <>
        <Input addonBefore="086-" defaultValue="0755-12345678" />
        <Input addonBefore="+86" defaultValue="13800138000" />
        <Input defaultValue="plain" />
      </>,
    );
    const [phone, mobile, plain] = [...container.querySelectorAll<HTMLInputElement>('input')];
    expect(matchesAddonInput(phone!)).toBe(true);
    expect(readAddonInput(phone!)).toEqual({ addon: '086-', value: '0755-12345678' });
    expect(readAddonInput(mobile!)).toEqual({ addon: '+86', value: '13800138000' });
    expect(addonOf(plain!)).toBeUndefined();
    expect(matchesAddonInput(plain!)).toBe(false);
  });

  it('writes only what follows the addon', () => {
    expect(valueAfterAddon('086-0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('+86 13800138000', '+86')).toBe('13800138000');
    expect(valueAfterAddon('0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('086-', '086-')).toEqual({ ok: false, reason: 'bad-value' });
  });
});
