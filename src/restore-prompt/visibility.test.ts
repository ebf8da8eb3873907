import { describe, expect, it } from 'vitest';
import { clickVerdict, isOtherPath, MIN_VISIBLE_MS, pathOf, restoreStep } from './visibility';

describe('prompt click guard', () => {
  it('counts a click only after the prompt has been fully visible for a moment', () => {
    const since = 1000;
    expect(clickVerdict({ supported: true, visible: true, since }, since + MIN_VISIBLE_MS)).toBe('ok');
    // Made visible just before the click (a decoy swapped away at the last moment).
    expect(clickVerdict({ supported: true, visible: true, since }, since + MIN_VISIBLE_MS - 1)).toBe('hidden');
    expect(clickVerdict({ supported: true, visible: false, since }, since + 60_000)).toBe('hidden');
    // The browser cannot tell (Firefox): ask again rather than trust the click.
    expect(clickVerdict({ supported: false, visible: false, since: 0 }, 60_000)).toBe('unverified');
  });

  it('restores at once only when visible and on the draft’s own path', () => {
    expect(restoreStep('ok', false)).toBe('restore');
    expect(restoreStep('ok', true)).toBe('confirm');
    expect(restoreStep('unverified', false)).toBe('confirm');
    expect(restoreStep('unverified', true)).toBe('confirm');
    expect(restoreStep('hidden', false)).toBe('refuse');
    expect(restoreStep('hidden', true)).toBe('refuse');
  });

  it('compares paths, never queries or fragments', () => {
    expect(pathOf('https://beian.example.com/a/subject.html?order=1#x')).toBe('/a/subject.html');
    expect(pathOf('not a url')).toBe('/');
    expect(isOtherPath('https://b.example/a/subject.html?x=1', 'https://b.example/a/subject.html')).toBe(false);
    expect(isOtherPath('https://b.example/a/website.html', 'https://b.example/a/subject.html')).toBe(true);
    // A draft without a saved URL (older versions): nothing to compare.
    expect(isOtherPath(undefined, 'https://b.example/a/subject.html')).toBe(false);
  });
});
