/** @jsxImportSource react */
// @vitest-environment happy-dom
import { Input as ArcoInput } from '@arco-design/web-react';
import { Input } from 'antd';
import { Input as TInput, InputAdornment } from 'tdesign-react';
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

  it('Arco (addbefore) and TDesign (InputAdornment prepend): the addon of its own group', async () => {
    const { container } = await renderReact(
      <>
        <ArcoInput addBefore="086-" defaultValue="0755-12345678" />
        <InputAdornment prepend="+86">
          <TInput defaultValue="13800138000" />
        </InputAdornment>
      </>,
    );
    const [arco, tdesign] = [...container.querySelectorAll<HTMLInputElement>('input')];
    expect(readAddonInput(arco!)).toEqual({ addon: '086-', value: '0755-12345678' });
    expect(readAddonInput(tdesign!)).toEqual({ addon: '+86', value: '13800138000' });
  });

  it('writes only what follows the addon', () => {
    expect(valueAfterAddon('086-0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('+86 13800138000', '+86')).toBe('13800138000');
    expect(valueAfterAddon('0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('086-', '086-')).toEqual({ ok: false, reason: 'bad-value' });
  });

  it('China’s code written another way is the addon’s; another country’s code fails the key', () => {
    expect(valueAfterAddon('+86-0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('0086 0755-12345678', '086-')).toBe('0755-12345678');
    expect(valueAfterAddon('086-13800138000', '+86')).toBe('13800138000');
    expect(valueAfterAddon('+852 21234567', '086-')).toEqual({ ok: false, reason: 'prefix-mismatch' });
    expect(valueAfterAddon('00852-21234567', '+86')).toEqual({ ok: false, reason: 'prefix-mismatch' });
    // Not a China addon: nothing is stripped or refused.
    expect(valueAfterAddon('+852 21234567', 'https://')).toBe('+852 21234567');
  });
});
