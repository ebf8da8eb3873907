/**
 * A rough strength estimate for an export passphrase, as a hint (not a promise): bits from the
 * length and the kinds of characters used, discounted for repeats and for well-known weak
 * choices. An encrypted file can be attacked offline for as long as anyone likes, so a short
 * passphrase is refused and a fair one only warned about.
 */
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

/** Shorter passphrases are refused outright. */
export const MIN_PASSPHRASE_LENGTH = 8;

const COMMON = /^(?:password|passw0rd|12345678|123456789|1234567890|qwertyui|qwerty123|iloveyou|11111111|00000000|88888888|abcd1234|a1234567|woaini\d*)$/i;

export function passphraseStrength(pass: string): Strength {
  const chars = [...pass.normalize('NFC')];
  if (chars.length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (COMMON.test(pass)) return 'weak';
  let pool = 0;
  if (/[a-z]/.test(pass)) pool += 26;
  if (/[A-Z]/.test(pass)) pool += 26;
  if (/\d/.test(pass)) pool += 10;
  if (/[^\w\s\u0080-\uffff]|_/.test(pass)) pool += 33;
  if (/\s/.test(pass)) pool += 1;
  // Chinese characters and other non-ASCII: a large alphabet (a few thousand in common use).
  if (/[\u0080-\uffff]/.test(pass)) pool += 3000;
  // Repeats carry little: count distinct characters at full weight, the rest at a quarter.
  const distinct = new Set(chars).size;
  const effective = distinct + (chars.length - distinct) / 4;
  const bits = effective * Math.log2(Math.max(pool, 2));
  return bits < 45 ? 'weak' : bits < 70 ? 'fair' : 'strong';
}
