/**
 * Where a phone number belongs, from libphonenumber's geocoding data (generated table,
 * src/facts/phone-regions.generated.ts): the home province of a mainland mobile number and the
 * cities of a fixed-line area code. Used by rules only (background, popup, CLI), never by the
 * content script. Unknown prefixes give undefined: no guess.
 */
import { AREA_CODES, MOBILE_PREFIX_RUNS, PROVINCE_LETTERS } from './phone-regions.generated';
import { PROVINCES, type Province } from './provinces';

let starts: Int32Array | undefined;
let provinces: (Province | undefined)[] = [];

// Decoded once, on first use: run starts (7-digit prefix offsets) and their provinces.
function decode(): Int32Array {
  if (starts) return starts;
  const list: number[] = [];
  const provs: (Province | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < MOBILE_PREFIX_RUNS.length; ) {
    const letter = MOBILE_PREFIX_RUNS[i++]!;
    let j = i;
    while (j < MOBILE_PREFIX_RUNS.length && /[0-9a-z]/.test(MOBILE_PREFIX_RUNS[j]!)) j++;
    list.push(at);
    provs.push(letter === '.' ? undefined : PROVINCES[PROVINCE_LETTERS.indexOf(letter)]);
    at += parseInt(MOBILE_PREFIX_RUNS.slice(i, j), 36);
    i = j;
  }
  provinces = provs;
  return (starts = Int32Array.from(list));
}

/** Home province of an 11-digit mainland mobile (already normalised), or undefined when unknown. */
export function mobileHomeProvince(mobile: string): Province | undefined {
  if (!/^1\d{10}$/.test(mobile)) return undefined;
  const s = decode();
  const offset = Number(mobile.slice(0, 7)) - 1_000_000;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return provinces[lo];
}

/** The cities a fixed-line area code serves (`0535` or `535`), e.g. `山东省烟台市`; undefined when unknown. */
export function areaCodeCities(code: string): string | undefined {
  return AREA_CODES[code.replace(/^0/, '')];
}

/**
 * Mobile segments of virtual network operators (虚拟运营商): 170/171 and 162/165/167. Some
 * administrations refuse them as 联系方式1 (ALI19 rejection reasons).
 */
export const VIRTUAL_OPERATOR_RE = /^1(?:7[01]|6[257])/;
