/**
 * What the document upload (上传资料) needs, dated: file formats and sizes, the latest ID card,
 * the authenticity statement (seed 003 §2 step 5, §12; seed 001; newer-sources.md §1.5).
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';
import type { DatedFact } from './dated-facts';

export interface UploadFact extends DatedFact {
  formats: readonly string[];
  minKB?: number;
  maxMB?: number;
  requirements: readonly LocalizedText[];
}

const AUTHENTICITY: LocalizedText = {
  zh: '下载《网站备案信息真实性核验单》，用黑色签字笔填写签字后上传扫描件或照片（要求因省份和备案类型而异）。',
  en: 'Download the authenticity statement (真实性核验单), fill it in with a black pen, sign it and upload a scan or photo (requirements vary by province and filing type).',
};
const LATEST_ID: LocalizedText = {
  zh: '上传负责人最新版本的身份证（有多张时用最新签发的一张），清晰、完整、未过期。',
  en: 'Upload the principal’s most recently issued ID card: clear, complete and not expired.',
};

export const UPLOAD_REQUIREMENTS: readonly UploadFact[] = [
  {
    from: '2017-12-18',
    formats: ['jpg', 'png', 'gif'],
    maxMB: 4,
    requirements: [
      { zh: '证件原件拍照或彩色扫描，jpg/png/gif，建议 4 MB 以下。', en: 'Clear photos or colour scans of the originals, jpg/png/gif, preferably under 4 MB.' },
      LATEST_ID,
      AUTHENTICITY,
      { zh: '当地管局要求时，向域名服务商索取域名证书。', en: 'Where the administration requires it, get domain certificates from the registrar.' },
    ],
    sources: [cite('seed-003', '§2 step 5'), cite('seed-003', '§12 step 3')],
  },
  {
    // Seed 001 speaks of the "Website/App principal": APP filing began 2023-09.
    from: '2023-09-01',
    formats: ['jpg', 'png'],
    minKB: 200,
    requirements: [
      { zh: '证件原件的清晰完整照片，JPG 或 PNG，大于 200 KB；须用最新版 App 现场拍摄，不要上传截图或已有照片。', en: 'Clear, complete photos of the original documents, JPG or PNG, larger than 200 KB, taken with the latest app — no screenshots or existing photos.' },
      LATEST_ID,
      AUTHENTICITY,
    ],
    sources: [cite('seed-001'), cite('seed-003', '§2 step 5')],
  },
  {
    from: '2025-09-01',
    formats: ['jpg', 'png'],
    minKB: 200,
    maxMB: 4,
    requirements: [
      { zh: 'JPG 或 PNG，大于 200 KB（阿里云）且不超过 4 MB（华为云、腾讯云）；彩色原件，不要复印件；水印只能写“仅限 ICP 备案使用”。', en: 'JPG or PNG, over 200 KB (Alibaba) and at most 4 MB (Huawei, Tencent); colour originals, no photocopies; a watermark may only read “仅限 ICP 备案使用”.' },
      LATEST_ID,
      AUTHENTICITY,
    ],
    sources: [cite('seed-001'), cite('HW'), cite('TXV')],
    conflict: {
      zh: '阿里云要求图片大于 200 KB（001），华为云/腾讯云要求不超过 4 MB：两者同时满足即可。',
      en: 'Alibaba wants images over 200 KB (seed 001), Huawei/Tencent at most 4 MB: meet both.',
    },
  },
];

/**
 * The agreements accepted at the final submission for the preliminary review: seed 001 has the
 * applicant tick "I have read and agree to the Commitment Letter for ICP Filing and the
 * Information Security Management Agreement" before submitting. Dated like seed 001's other
 * facts (it speaks of the "Website/App principal": APP filing began 2023-09). Only the tick is
 * sourced: the letters' wording, and whether other providers ask for a signed upload of them
 * (beyond the SH/JS 承诺书 in PROVINCE_EXTRAS), are not.
 */
export interface SubmissionAgreementsFact extends DatedFact {
  requirement: LocalizedText;
}

export const SUBMISSION_AGREEMENTS: readonly SubmissionAgreementsFact[] = [
  {
    from: '2023-09-01',
    requirement: {
      zh: '提交初审前，阅读并勾选同意《ICP备案承诺书》和《信息安全管理协议》，再点击提交初审。',
      en: 'Before submitting for the preliminary review, read and tick your agreement to the Commitment Letter for ICP Filing (ICP备案承诺书) and the Information Security Management Agreement (信息安全管理协议).',
    },
    sources: [cite('seed-001', { en: 'final submission for preliminary review', zh: '最终提交初审' })],
  },
];

/**
 * What a document on the checklist is, independent of the province's wording. Upload controls
 * on the filing pages are tied to one of these by their label (src/uploads/document-of-control.ts).
 */
export const DOCUMENT_KINDS = [
  'subject-certificate',
  'id-card',
  'authenticity-statement',
  'authorisation-letter',
  'legal-rep-id',
  'domain-certificate',
  'pre-approval',
  'residence-proof',
  'party-confirmation',
  'party-building-proof',
  'commitment-letter',
  'responsibility-notice',
  'construction-plan',
  'change-photos',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A province's extra document (newer-sources.md §2), dated and cited. */
export interface ProvinceExtra extends DatedFact {
  /** Stable id (part of the checklist item id; ticks are saved under it). */
  id: string;
  province: string;
  kind: DocumentKind;
  title: LocalizedText;
  why: LocalizedText;
  /** Only for these subjects (default: every subject). */
  subjects?: 'units' | 'individuals';
  /** Only for these filing types (default: every type with an upload step). */
  filingTypes?: readonly string[];
  /** Only when the filing has at least this many websites. */
  minWebsites?: number;
}

/** Jiangsu's two papers the service principal signs: one rule, one date, one source. */
const JIANGSU_SIGNED = {
  province: 'js',
  from: '2021-06-01',
  sources: [cite('HW', { en: 'Jiangsu (from 2021-06-01)', zh: '江苏（自 2021-06-01 起）' })],
} as const;

export const PROVINCE_EXTRAS: readonly ProvinceExtra[] = [
  {
    id: 'xz-party-confirmation',
    province: 'xz',
    kind: 'party-confirmation',
    from: '2019-02-01',
    title: { zh: '党政机关确认函', en: 'Confirmation letter from a Party or government body (党政机关确认函)' },
    why: { zh: '西藏管局要求每个备案都提交党政机关确认函，缺少会被驳回。', en: 'The Tibet administration requires this letter for every filing; without it the filing is returned.' },
    sources: [cite('ALI19', '-prov 西南各省管局规则/西藏备案规则.md')],
  },
  {
    id: 'xj-party-building',
    province: 'xj',
    kind: 'party-building-proof',
    subjects: 'units',
    from: '2023-01-01',
    title: { zh: '当地网信办出具的党建证明', en: 'Party-building certificate from the local cyberspace office (党建证明)' },
    why: { zh: '新疆管局要求单位备案提交当地网信办出具的党建证明。', en: 'The Xinjiang administration requires units to submit a party-building certificate from the local cyberspace office.' },
    sources: [cite('JD23', 'Xinjiang')],
  },
  {
    id: 'sh-commitment',
    province: 'sh',
    kind: 'commitment-letter',
    from: '2023-01-01',
    title: { zh: '《上海市互联网信息服务备案承诺书》（2023 版模板）', en: 'Shanghai internet information service filing commitment letter (上海市互联网信息服务备案承诺书, 2023 template)' },
    why: { zh: '上海管局要求随备案提交承诺书，使用 2023 版模板。', en: 'The Shanghai administration requires the commitment letter, on its 2023 template.' },
    sources: [cite('JD23', 'Shanghai')],
  },
  {
    id: 'sh-construction-plan',
    province: 'sh',
    kind: 'construction-plan',
    from: '2025-09-01',
    minWebsites: 30,
    title: { zh: '网站建设方案书', en: 'Website construction plan (建设方案书)' },
    why: { zh: '上海管局要求 30 个及以上网站的主体提交建设方案书。', en: 'Shanghai asks subjects with 30 or more websites for a construction plan.' },
    sources: [cite('HW', 'Shanghai')],
  },
  {
    id: 'js-responsibility-notice',
    ...JIANGSU_SIGNED,
    kind: 'responsibility-notice',
    title: { zh: '《ICP备案信息真实性责任告知书》（互联网信息服务负责人签字）', en: 'ICP filing authenticity responsibility notice (ICP备案信息真实性责任告知书), signed by the service principal' },
    why: { zh: '自 2021-06-01 起，江苏管局要求互联网信息服务负责人签署责任告知书。', en: 'Since 2021-06-01 Jiangsu requires the service principal to sign the responsibility notice.' },
  },
  {
    id: 'js-commitment',
    ...JIANGSU_SIGNED,
    kind: 'commitment-letter',
    title: { zh: '《承诺书》（互联网信息服务负责人签字）', en: 'Commitment letter (承诺书), signed by the service principal' },
    why: { zh: '自 2021-06-01 起，江苏管局要求互联网信息服务负责人签署承诺书。', en: 'Since 2021-06-01 Jiangsu requires the service principal to sign the commitment letter.' },
  },
  {
    id: 'gd-commitment',
    province: 'gd',
    kind: 'commitment-letter',
    from: '2023-01-01',
    title: { zh: '承诺书（黑色签字笔、正楷签写）', en: 'Commitment letter (承诺书), signed in black pen in block script' },
    why: { zh: '广东管局要求承诺书用黑色签字笔正楷签写，否则驳回。', en: 'Guangdong returns commitment letters not signed in black pen in block script.' },
    sources: [cite('JD23', 'Guangdong')],
  },
  {
    id: 'hn-construction-plan',
    province: 'hn',
    kind: 'construction-plan',
    from: '2023-01-01',
    filingTypes: ['new-website', 'transfer'],
    title: { zh: '网站建设方案书（主体已有备案）', en: 'Website construction plan (the subject already has filings)' },
    why: { zh: '湖南管局要求已有备案的主体再备案时提交建设方案书。', en: 'Hunan asks subjects that already have filings for a construction plan.' },
    sources: [cite('JD23', 'Hunan')],
  },
  {
    id: 'qh-change-photos',
    province: 'qh',
    kind: 'change-photos',
    from: '2025-09-01',
    filingTypes: ['change-subject', 'change-website'],
    title: { zh: '完整的“五图”资料（变更备案）', en: 'The complete “five pictures” set (五图) for a change' },
    why: { zh: '青海管局要求变更备案重新提交完整的五图资料。', en: 'Qinghai asks for the complete five-picture set with every change.' },
    sources: [cite('HW', 'Qinghai')],
  },
];

/** Where the administration wants a domain certificate for every domain, and from how many domains. */
export const DOMAIN_CERTIFICATES: Readonly<Record<string, { minDomains: number; source: string }>> = {
  js: { minDomains: 1, source: cite('JD23', { en: 'Jiangsu (domain certificates for every domain)', zh: '江苏（每个域名的域名证书）' }) },
  gz: { minDomains: 4, source: cite('JD23', { en: 'Guizhou (more than 3 domains)', zh: '贵州（3 个以上域名）' }) },
};

/**
 * Provinces whose rules name the 授权书 (a principal who is not the legal representative):
 * newer-sources.md §2. Elsewhere the same letter is asked by the providers in general.
 */
export const AUTHORISATION_PROVINCES: Readonly<Record<string, string>> = {
  bj: cite('JD23', { en: 'Beijing (授权书 plus the legal representative’s ID)', zh: '北京（授权书及法定代表人身份证）' }),
  sx: cite('JD23', 'Shanxi (主体负责人授权书)'),
  jl: cite('JD23', 'Jilin (主体负责人授权书)'),
  sh: cite('JD23', 'Shanghai'),
  js: cite('JD23', { en: 'Jiangsu (网站负责人 the same person, with 授权书)', zh: '江苏（网站负责人为同一人，附授权书）' }),
  ah: cite('HW', { en: 'Anhui (授权书, same person as the service principal)', zh: '安徽（授权书，与互联网信息服务负责人为同一人）' }),
  fj: cite('JD23', 'Fujian'),
  hb: cite('JD23', 'Hubei'),
  sc: cite('JD23', 'Sichuan (主体负责人授权书)'),
  gs: cite('JD23', { en: 'Gansu (授权书 with a note in 主体备注)', zh: '甘肃（授权书，并在主体备注中说明）' }),
  qh: cite('JD23', 'Qinghai'),
};
