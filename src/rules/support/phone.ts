/** Phone number normalisation shared by the phone rules. */

const SEPARATORS = /[\s\u3000\-－—()（）.]/g;
const MOBILE = /^1[3-9]\d{9}$/;
const FULLWIDTH_DIGIT = /[０-９]/g;

/** Digits (and a leading +) only, full-width digits folded. */
export function compactPhone(raw: string): string {
  return raw.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, '');
}

/**
 * The 11-digit mainland mobile number in `raw`, accepting a +86 / 0086 / 86 country prefix
 * and spaces or dashes; undefined when it is not one.
 */
export function mainlandMobile(raw: string): string | undefined {
  let s = compactPhone(raw);
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2);
  return MOBILE.test(s) ? s : undefined;
}

/** Looks like a landline (area code first): 010…, 0535…, 086-0535-… */
export function looksLikeLandline(raw: string): boolean {
  const s = compactPhone(raw).replace(/^(\+?86|086)(?=0)/, '');
  return /^0\d{9,11}$/.test(s);
}
