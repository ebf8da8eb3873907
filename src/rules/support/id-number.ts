import { PROVINCES } from '../../facts/provinces';
import { computeIdCheckChar } from '../checksums';

export type IdProblem = 'old15' | 'format' | 'region' | 'birthDate' | 'checksum' | 'residencePermit' | 'lowercase';

const PROVINCE_GB = new Set(PROVINCES.map((p) => p.gb));
/** 港澳台居民居住证 numbers follow GB 11643 with these prefixes (810000 / 820000 / 830000). */
const RESIDENCE_PERMIT_GB = new Set(['81', '82', '83']);
const ID18 = /^\d{17}[\dX]$/;
const ID15 = /^\d{15}$/;

/** Looks like someone meant to type a resident ID number (digits, maybe an X). */
export function looksLikeIdNumber(value: string): boolean {
  return /^\d{14,19}[Xx]?$/.test(value);
}

/** Birth date (YYYY-MM-DD) of an 18-character ID number, or undefined when it is not a real date. */
export function idBirthDate(id: string): string | undefined {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return id.slice(6, 10) + '-' + id.slice(10, 12) + '-' + id.slice(12, 14);
}

/**
 * GB 11643 test of an 18-character resident ID: format, region prefix, birth date (not after
 * `asOf`), check character. `residencePermit` flags 81/82/83 prefixes (港澳台居民居住证).
 */
export function checkIdNumber(raw: string, asOf: string, allowResidencePermit: boolean): IdProblem | undefined {
  const value = raw.replace(/\s+/g, '');
  if (ID15.test(value)) return 'old15';
  const upper = value.toUpperCase();
  if (!ID18.test(upper)) return 'format';
  const gb = upper.slice(0, 2);
  const permit = RESIDENCE_PERMIT_GB.has(gb);
  if (!PROVINCE_GB.has(gb) && !permit) return 'region';
  const birth = idBirthDate(upper);
  if (!birth || birth > asOf) return 'birthDate';
  if (computeIdCheckChar(upper.slice(0, 17)) !== upper.charAt(17)) return 'checksum';
  if (permit && !allowResidencePermit) return 'residencePermit';
  if (value !== upper) return 'lowercase';
  return undefined;
}

/** Age in whole years on the ISO day `day` of someone born on the ISO day `birth`. */
export function ageOn(birth: string, day: string): number {
  const age = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? age - 1 : age;
}
