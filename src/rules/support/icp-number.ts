import { PROVINCES, type Province } from '../../facts/provinces';

const BY_ABBR = new Map<string, Province>();
for (const p of PROVINCES) {
  BY_ABBR.set(p.abbr, p);
  for (const old of p.oldAbbr ?? []) BY_ABBR.set(old, p);
}

export interface ParsedIcpNumber {
  /** The abbreviation as written (川 and 甘 are older spellings of 蜀 and 陇). */
  abbr: string;
  province: Province | undefined;
  /** 备 (filing) or 证 (commercial licence). */
  kind: '备' | '证' | undefined;
  /** Well-formed: <简称>ICP备<8 digits | YYYY + 6 digits>号[-N]. */
  wellFormed: boolean;
}

const WELL_FORMED = /^(.)ICP备(\d{8}|(?:19|20)\d{8})号(?:-\d{1,3})?$/;
const LICENCE = /^(.)ICP证\d{6}号$/;
const LOOSE = /^(.)\s*ICP\s*(备|证)?/i;

export function parseIcpNumber(raw: string): ParsedIcpNumber | undefined {
  const value = raw.replace(/\s+/g, '').replace(/－|—/g, '-');
  const m = LOOSE.exec(value);
  if (!m) return undefined;
  const abbr = m[1]!;
  const wf = WELL_FORMED.test(value) || LICENCE.test(value);
  return { abbr, province: BY_ABBR.get(abbr), kind: (m[2] as '备' | '证' | undefined) ?? undefined, wellFormed: wf };
}
