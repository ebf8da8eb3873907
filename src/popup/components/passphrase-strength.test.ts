import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphrase strength hint', () => {
  it('refuses short passphrases and calls common or repetitive ones weak', () => {
    expect(passphraseStrength('')).toBe('too-short');
    expect(passphraseStrength('abc123!')).toBe('too-short');
    expect(passphraseStrength('password')).toBe('weak');
    expect(passphraseStrength('12345678')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('abcdefgh')).toBe('weak');
  });

  it('rates length and variety', () => {
    expect(passphraseStrength('Tianjin2026')).toBe('fair');
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
    expect(passphraseStrength('Kx9#mQ2$vL7@pR4&')).toBe('strong');
    // Chinese passphrases count their large alphabet.
    expect(passphraseStrength('天津示例科技有限公司备案')).toBe('strong');
  });
});
