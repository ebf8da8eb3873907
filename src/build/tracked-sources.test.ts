import { describe, expect, it } from 'vitest';
import { escapeGlob, trackedSources } from './tracked-sources';

describe('trackedSources', () => {
  it('lists this repository’s tracked files and nothing ignored', () => {
    const files = trackedSources(process.cwd());
    expect(files).not.toBeNull();
    expect(files).toContain('package.json');
    expect(files).toContain('wxt.config.ts');
    expect(files!.some((f) => f.startsWith('node_modules/') || f.startsWith('demo-output/') || f.startsWith('.output'))).toBe(false);
  });

  it('is null outside a git checkout', () => {
    expect(trackedSources('/')).toBeNull();
  });

  it('escapes glob characters so a pattern matches only its own file', () => {
    expect(escapeGlob('docs/a [draft] (1)*.md')).toBe('docs/a \\[draft\\] \\(1\\)\\*.md');
    expect(escapeGlob('src/plain-name.ts')).toBe('src/plain-name.ts');
  });
});
