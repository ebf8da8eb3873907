import { describe, expect, it } from 'vitest';
import { computeCreditCodeCheckChar, computeIdCheckChar, computeOrgCodeCheckChar } from './checksums';

describe('checksums', () => {
  it('computes GB 11643 check characters', () => {
    // Published sample numbers (GB 11643 annex / common test data).
    expect(computeIdCheckChar('11010519491231002')).toBe('X');
    expect(computeIdCheckChar('44052418800101001')).toBe('4');
    expect(() => computeIdCheckChar('1101051949123100')).toThrow();
  });
  it('computes GB 32100 check characters', () => {
    expect(computeCreditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(computeCreditCodeCheckChar('91110000802100433')).toBe('B'); // Baidu-era sample 91110000802100433B
    expect(() => computeCreditCodeCheckChar('9135010OM000100Y4')).toThrow();
  });
  it('computes GB 11714 check characters', () => {
    expect(computeOrgCodeCheckChar('D2143569')).toBe('X');
  });
});
