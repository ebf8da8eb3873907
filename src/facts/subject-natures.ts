/**
 * Kinds of filing subject (主办单位性质). Forms show Chinese labels (seed-003 §2 step 1:
 * 企业, 个人, 事业单位, 政府机关, 社会团体 …) or English ones; rules need the kind.
 */
export type SubjectKind = 'individual' | 'enterprise' | 'institution' | 'government' | 'social' | 'military' | 'other';

const PATTERNS: readonly [RegExp, SubjectKind][] = [
  [/^(个人|individual|personal)/i, 'individual'],
  [/个体工商户/, 'enterprise'], // 个体工商户 file as enterprises (newer-sources §1.3)
  [/(企业|公司|enterprise|company)/i, 'enterprise'],
  [/(事业单位|institution)/i, 'institution'],
  [/(政府机关|党政机关|国家机关|机关|government)/i, 'government'],
  [/(社会团体|群众性团体|基金会|民办非企业|社会服务机构|律师|social|association|foundation)/i, 'social'],
  [/(军队|部队|military)/i, 'military'],
];

export function subjectKindOf(label: string | undefined): SubjectKind | undefined {
  const t = (label ?? '').trim();
  if (!t) return undefined;
  for (const [re, kind] of PATTERNS) if (re.test(t)) return kind;
  return 'other';
}
