import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveLang, SettingsSchema } from './settings';

describe('settings', () => {
  it('defaults every field', () => {
    expect(DEFAULT_SETTINGS).toEqual({ language: 'auto', retentionDays: 90, reminders: true });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields and repairs broken ones', () => {
    expect(parseSettings({ language: 'zh', retentionDays: -5, reminders: 'yes' })).toEqual({
      language: 'zh',
      retentionDays: 90,
      reminders: true,
    });
    expect(parseSettings({ language: 'en', retentionDays: 30, reminders: false })).toEqual({
      language: 'en',
      retentionDays: 30,
      reminders: false,
    });
  });
  it('survives garbage', () => {
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(42)).toEqual(DEFAULT_SETTINGS);
  });
  it('resolves the language', () => {
    expect(resolveLang('auto', 'zh')).toBe('zh');
    expect(resolveLang('en', 'zh')).toBe('en');
    expect(resolveLang('zh', 'en')).toBe('zh');
  });
  it('schema rejects nothing it can repair', () => {
    expect(SettingsSchema.safeParse({ language: 'fr' }).success).toBe(true);
  });
});
