/**
 * Kinds of identity and organisation documents (证件类型) as the forms label them
 * (seed-003 §2: 居民身份证、台胞证、护照、军官证等; newer-sources §1.1 for the formats).
 */
export type CertKind =
  | 'resident-id' // 居民身份证 (GB 11643)
  | 'credit-code' // 营业执照 and other unit certificates carrying the unified social credit code (GB 32100)
  | 'org-code' // 组织机构代码证 (GB 11714)
  | 'passport' // 护照
  | 'hk-macau-permit' // 港澳居民来往内地通行证
  | 'taiwan-permit' // 台湾居民来往大陆通行证 (台胞证)
  | 'hk-macau-residence' // 港澳居民居住证
  | 'taiwan-residence' // 台湾居民居住证
  | 'foreign-permanent' // 外国人永久居留身份证
  | 'military' // 军官证
  | 'other';

const PATTERNS: readonly [RegExp, CertKind][] = [
  [/港澳.*居住证/, 'hk-macau-residence'],
  [/台湾.*居住证/, 'taiwan-residence'],
  [/(港澳.*通行证|回乡证|hong\s*kong|macau|macao)/i, 'hk-macau-permit'],
  [/(台胞证|台湾.*通行证|taiwan)/i, 'taiwan-permit'],
  [/(永久居留|永居|permanent)/i, 'foreign-permanent'],
  [/(护照|passport)/i, 'passport'],
  [/(军官证|军人|士兵证|military)/i, 'military'],
  [/(组织机构代码)/, 'org-code'],
  [/(身份证|居民身份|resident|id\s*card|identity)/i, 'resident-id'],
  [/(营业执照|信用代码|法人证书|登记证书|执业许可证|统一社会|business\s*licen[cs]e|credit\s*code|certificate)/i, 'credit-code'],
];

export function certKindOf(label: string | undefined): CertKind | undefined {
  const t = (label ?? '').trim();
  if (!t) return undefined;
  for (const [re, kind] of PATTERNS) if (re.test(t)) return kind;
  return 'other';
}
