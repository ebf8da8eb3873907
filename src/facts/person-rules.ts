import { cite } from './sources';

/**
 * Per-province rules about the 负责人 as a person: minimum ages and local ID cards
 * (newer-sources.md §2, from JD23 ≈2023 checked against ALI19-prov 2019, QC and HW 2025).
 * Conflicts are kept with their sources and dates; `since` picks the one in force.
 */
export interface AgeLimit {
  province: string;
  /** Under this age the 负责人 is refused. */
  refusedUnder?: number;
  /** Under this age (and not refused) proof of employment or income is needed. */
  proofUnder?: number;
  /** Applies to individual subjects only. */
  individualsOnly?: boolean;
  since?: string;
  until?: string;
  source: string;
  conflict?: string;
}

export const AGE_LIMITS: readonly AgeLimit[] = [
  { province: 'he', refusedUnder: 18, source: cite('JD23', 'Hebei') },
  { province: 'nm', refusedUnder: 18, source: cite('JD23', 'Inner Mongolia') },
  { province: 'ln', refusedUnder: 18, source: cite('JD23', 'Liaoning') },
  { province: 'hl', refusedUnder: 18, source: cite('JD23', 'Heilongjiang') },
  { province: 'hb', refusedUnder: 18, source: cite('JD23', { en: 'Hubei (everyone at least 18)', zh: '湖北（各负责人均须年满 18 岁）' }) },
  { province: 'hn', refusedUnder: 18, source: cite('JD23', 'Hunan') },
  { province: 'sc', refusedUnder: 18, source: cite('JD23', { en: 'Sichuan (everyone at least 18)', zh: '四川（各负责人均须年满 18 岁）' }) },
  { province: 'gz', refusedUnder: 18, source: cite('JD23', { en: 'Guizhou (everyone at least 18)', zh: '贵州（各负责人均须年满 18 岁）' }) },
  { province: 'zj', refusedUnder: 18, individualsOnly: true, source: cite('JD23', { en: 'Zhejiang (individuals)', zh: '浙江（个人）' }) },
  { province: 'sd', refusedUnder: 18, individualsOnly: true, source: cite('ALI19', { en: '-prov Shandong (individuals)', zh: '山东（个人）' }) },
  {
    province: 'ha',
    refusedUnder: 18,
    source: cite('JD23', 'Henan'),
    conflict: 'ALI19 (2019) allowed an individual under 18 with a guardian\'s ID; JD23 (≈2023) refuses. The newer JD23 is followed.',
  },
  {
    province: 'tj',
    refusedUnder: 18,
    source: `${cite('JD23', 'Tianjin')}; ${cite('ALI19', '-prov Tianjin')}`,
    conflict: "A Tencent Cloud Tianjin page allows minors with a guardian and the 户口本; JD23/ALI19 refuse. Refusal is reported, with the guardian route mentioned.",
  },
  { province: 'js', refusedUnder: 16, proofUnder: 18, source: cite('HW', { en: 'Jiangsu (under 16 refused; 16-18 proof of employment or income)', zh: '江苏（未满 16 岁不予受理；16-18 岁需就业或收入证明）' }) },
  { province: 'yn', proofUnder: 18, source: cite('JD23', { en: 'Yunnan (under 18 needs proof of employment)', zh: '云南（未满 18 岁需就业证明）' }) },
  {
    province: 'gd',
    proofUnder: 18,
    until: '2025-09-01',
    source: cite('JD23', { en: 'Guangdong (under 18 needs proof of employment)', zh: '广东（未满 18 岁需就业证明）' }),
    conflict: 'JD23 (≈2023): under 18 needs proof of employment; HW (2025-09): under 16 refused. HW is in force from 2025-09-01.',
  },
  {
    province: 'gd',
    refusedUnder: 16,
    proofUnder: 18,
    since: '2025-09-01',
    source: `${cite('HW', { en: 'Guangdong (under 16 refused)', zh: '广东（未满 16 岁不予受理）' })}; ${cite('JD23', 'Guangdong')}`,
    conflict: 'JD23 (≈2023): under 18 needs proof of employment; HW (2025-09): under 16 refused. HW is in force from 2025-09-01.',
  },
];

/**
 * Provinces whose individual filers need a local ID card (ID number starting with the
 * province's GB code): "local ID" in newer-sources.md §2 (JD23; JX from HW).
 */
export const LOCAL_ID_REQUIRED: readonly string[] = ['sx', 'hl', 'ha', 'gx', 'cq', 'yn', 'xz', 'gs', 'qh', 'nx', 'xj', 'jx'];

/** Provinces where non-local individuals need a residence permit or similar proof instead. */
export const RESIDENCE_PROOF: Readonly<Record<string, { since?: string; source: string; note?: string }>> = {
  sh: { source: cite('HW', { en: 'Shanghai (居住证 valid ≥1 month; a Shanghai ID not starting 310 also needs 居住证 or 户口簿)', zh: '上海（居住证有效期 ≥1 个月；身份证号不以 310 开头者还需居住证或户口簿）' }) },
  js: { source: cite('JD23', 'Jiangsu') },
  fj: { source: cite('JD23', 'Fujian') },
  hb: { source: cite('JD23', 'Hubei') },
  gz: { source: cite('JD23', 'Guizhou') },
  jl: { source: cite('JD23', { en: 'Jilin (student card accepted)', zh: '吉林（可用学生证）' }) },
  gd: { source: cite('JD23', { en: 'Guangdong (居住证, 暂住证, 房产证, lease or social insurance)', zh: '广东（居住证、暂住证、房产证、租赁合同或社保证明）' }) },
  sc: { source: cite('JD23', { en: 'Sichuan (proof of study, work or residence)', zh: '四川（学习、工作或居住证明）' }) },
  sd: { source: cite('HW', { en: 'Shandong (local 居住证 or student card)', zh: '山东（本地居住证或学生证）' }) },
  zj: { since: '2025-09-01', source: cite('HW', 'Zhejiang'), note: 'HW 2025 requires a 居住证 from non-local individuals; older sources are silent.' },
  nm: {
    source: `${cite('JD23', 'Inner Mongolia')}; ${cite('HW', 'Inner Mongolia')}`,
    note: 'Conflict: non-local individuals allowed with a 居住证明 (JD23/ALI19) vs refused (HW 2025). Reported as needing proof, with the refusal mentioned.',
  },
};

/**
 * Provinces whose administration wants the principals' 联系方式1 to be a local mobile (本省号段),
 * dated by the source that first says so: JD23/ALI19-prov (2019-09) for ten, QC (≈2023) adds
 * Sichuan and Henan. In Shaanxi a reason in 备注 is enough (ALI19-prov).
 */
export interface LocalMobileFact {
  province: string;
  since: string;
  source: string;
  /** A reason given in 备注 is accepted instead. */
  remarkSuffices?: boolean;
}

export const LOCAL_MOBILE_REQUIRED: readonly LocalMobileFact[] = [
  ...(['js', 'gs', 'gx', 'hl', 'hn', 'jl', 'ln', 'tj', 'xj'] as const).map((province) => ({
    province,
    since: '2019-09-01',
    source: `${cite('ALI19', '-prov (本省号段手机)')}; ${cite('JD23', { en: 'provincial rules (local mobile)', zh: '各省管局规则（本地手机号）' })}`,
  })),
  { province: 'sn', since: '2019-09-01', remarkSuffices: true, source: `${cite('ALI19', '-prov 陕西 (非本地手机需在备注说明原因)')}; ${cite('JD23', 'Shaanxi')}` },
  ...(['sc', 'ha'] as const).map((province) => ({ province, since: '2023-01-01', source: cite('QC', { en: 'provincial rules (local mobile)', zh: '各省管局规则（本地手机号）' }) })),
];
