import { describe, expect, it } from 'vitest';
import { WARNINGS_CSS } from '../ui/warnings/styles';
import { compactCss, compactCssLiterals } from './compact-css-literals';

describe('compactCss', () => {
  it('drops layout whitespace only', () => {
    expect(compactCss('\n.a > .b + .c:not(.d) .e {\n  font: 12px/1.4 "Segoe UI", sans-serif;\n  color: red;\n}\n')).toBe(
      '.a>.b + .c:not(.d) .e{font:12px/1.4 "Segoe UI",sans-serif;color:red}',
    );
  });
  it('keeps every rule of the warnings CSS (same declarations, fewer bytes)', () => {
    const out = compactCss(WARNINGS_CSS);
    expect(out.length).toBeLessThan(WARNINGS_CSS.length * 0.9);
    expect(out.split('{').length).toBe(WARNINGS_CSS.split('{').length);
    expect(out.replace(/\s/g, '')).toBe(WARNINGS_CSS.replace(/\s/g, '').replace(/;}/g, '}'));
  });
  it('rewrites only CSS literals of the listed modules', () => {
    const plugin = compactCssLiterals();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const src = 'const CSS = `\n.a {\n  b: c;\n}\n`; const X = `\n  keep  `;';
    expect(transform(src, '/repo/src/ui/warnings/styles.ts')?.code).toBe('const CSS = `.a{b:c}`; const X = `\n  keep  `;');
    expect(transform(src, '/repo/src/content/other.ts')).toBeNull();
  });
});
