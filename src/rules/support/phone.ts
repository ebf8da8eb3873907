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

// 086-区号-号码[-分机]: area code 010, 02x or 0xxx; local number 7-8 digits not starting 0/1.
export const LANDLINE = /^(?:\+?86-?|086-?)?(0(?:10|2\d|[3-9]\d{2}))-?([2-9]\d{6,7})(?:-?\d{1,6})?$/;
const DASHES = /[\s\u3000－—–]+/g;

/** The landline in `raw` (086-0535-6700763, (0535)6700763 …) dashed as typed, for LANDLINE. */
export function dashedPhone(raw: string): string {
  return raw.replace(DASHES, '-').replace(/[()（）]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** The area code (with its 0) of a landline, or undefined when `raw` is not one. */
export function landlineAreaCode(raw: string): string | undefined {
  return (LANDLINE.exec(dashedPhone(raw)) ?? LANDLINE.exec(compactPhone(raw)))?.[1];
}
