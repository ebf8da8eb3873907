/**
 * Check characters of Chinese identity and organisation numbers (newer-sources §1.1).
 * Exported so property tests can generate valid numbers.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** GB 11643 check character of the first 17 digits of a resident ID (`X` for 10). */
export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('computeIdCheckChar: expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK.charAt(sum % 11);
}

/** Characters of the unified social credit code, in value order (I, O, S, V, Z are unused). */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CC_VALUE = new Map([...CREDIT_CODE_CHARS].map((c, i) => [c, i]));

/** GB 32100 check character of the first 17 characters of a unified social credit code. */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('computeCreditCodeCheckChar: expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CC_VALUE.get(first17.charAt(i));
    if (v === undefined) throw new Error(`computeCreditCodeCheckChar: invalid character "${first17.charAt(i)}"`);
    sum += v * CC_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARS.charAt((31 - (sum % 31)) % 31);
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of the first 8 characters of an organisation code. */
export function computeOrgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error('computeOrgCodeCheckChar: expected 8 digits or capitals');
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55; // A=10 … Z=35
    sum += v * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}
