import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, shiftSourceMap, withEagerCompileHint } from './eager-compile-hint';

describe('eager compile hint', () => {
  it('puts the hint on the first line of the code, once', () => {
    const once = withEagerCompileHint('var content=1;');
    expect(once.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(once.split('\n')[1]).toBe('var content=1;');
    expect(withEagerCompileHint(once)).toBe(once);
  });

  it('moves the source map down by the added line, keeping everything else', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,CAAC;AACA' };
    expect(JSON.parse(shiftSourceMap(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA,CAAC;AACA' });
  });
});
