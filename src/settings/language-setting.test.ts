import { describe, expect, it } from 'vitest';
import { parseLanguageSetting } from './language-setting';
import { parseSettings } from './settings';

describe('parseLanguageSetting (content script)', () => {
  it('reads the stored choice', () => {
    expect(parseLanguageSetting({ language: 'zh', retentionDays: 30 })).toBe('zh');
    expect(parseLanguageSetting({ language: 'en' })).toBe('en');
  });

  it('falls back to auto on anything unreadable, like the full settings parser', () => {
    for (const raw of [undefined, null, 'zh', 42, [], {}, { language: 'fr' }, { language: 1 }, { retentionDays: -1, language: 'en' }]) {
      expect(parseLanguageSetting(raw)).toBe(parseSettings(raw).language);
    }
    expect(parseLanguageSetting({ language: 'fr' })).toBe('auto');
  });
});
