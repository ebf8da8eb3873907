/**
 * The sources every rule and fact cites (../shared/seeds/README.md and
 * ../shared/domain/newer-sources.md). A citation is `cite(key, section)`.
 */
export interface SourceDoc {
  key: string;
  title: string;
  /** Seed file name or repository/path of the newer source. */
  where: string;
  /** Document date (YYYY or YYYY-MM-DD); newer wins where sources conflict. */
  date: string;
}

export const SOURCES = {
  'seed-000': { key: 'seed-000', title: 'Alibaba Cloud: Using Shanghai Communications Administration app to verify the website administrator', where: 'seeds/000_bb63c41ddc82dba2.txt', date: '2019' },
  'seed-001': { key: 'seed-001', title: 'Alibaba Cloud app: document upload and authenticity (face) verification', where: 'seeds/001_698a700f198203ef.txt', date: '2019' },
  'seed-002': { key: 'seed-002', title: 'Alibaba Cloud: Mobile phone number verification for ICP Filing', where: 'seeds/002_47e6bbd7251ce296.txt', date: '2018' },
  'seed-003': { key: 'seed-003', title: 'Alibaba Cloud: ICP Filing Procedures', where: 'seeds/003_56de0c52badb1042.txt', date: '2019-02-19' },
  'seed-004': { key: 'seed-004', title: 'JD Cloud: Checking Specifications of Filing SMS', where: 'seeds/004_01370bc2444c2c55.txt', date: '2019' },
  ALI19: { key: 'ALI19', title: "Alibaba Cloud ICP help (mirror alipannu12121/icp)", where: 'newer-sources.md (ALI19)', date: '2019-09' },
  JD23: { key: 'JD23', title: 'JD Cloud provincial filing rules', where: 'newer-sources.md (JD23)', date: '2023' },
  QC: { key: 'QC', title: 'QingCloud filing docs', where: 'newer-sources.md (QC)', date: '2023' },
  HW: { key: 'HW', title: "Huawei Cloud ICP knowledge base", where: 'newer-sources.md (HW)', date: '2026-05' },
  VOLC: { key: 'VOLC', title: 'Volcengine ICP filing docs', where: 'newer-sources.md (VOLC)', date: '2024-03' },
  TXV: { key: 'TXV', title: 'A Tencent Cloud filing done 2026-06-20', where: 'newer-sources.md (TXV)', date: '2026-06-20' },
  MIIT633: { key: 'MIIT633', title: '工信管函〔2019〕633号 (one domain per website)', where: 'newer-sources.md §1.4', date: '2019-04-22' },
  GB11643: { key: 'GB11643', title: 'GB 11643-1999 Citizen identification number', where: 'newer-sources.md §1.1', date: '1999' },
  TX20: { key: 'TX20', title: 'Tencent Cloud: 可备案的域名后缀 (filing domain suffixes, copy in errata-ai/vale fixtures/i18n/zh.md)', where: 'errata-ai/vale fixtures/i18n/zh.md', date: '2020-07-24' },
  GB11714: { key: 'GB11714', title: 'GB 11714 Organisation code', where: 'newer-sources.md §1.1', date: '1997' },
  MIITNUM: { key: 'MIITNUM', title: 'MIIT filing system: ICP number prefixes and format as shown in site footers', where: 'newer-sources.md §3', date: '2026' },
  CERTFMT: { key: 'CERTFMT', title: 'Certificate number formats (HK/Macau, Taiwan permits, passports)', where: 'newer-sources.md §1.1 (winjs-dev/cloud-utils isValidPassport.ts; Sofia92)', date: '2024' },
  TXTJ: { key: 'TXTJ', title: 'Tencent Cloud Tianjin filing rules page', where: 'newer-sources.md §1.3', date: '2023' },
  GB32100: { key: 'GB32100', title: 'GB 32100-2015 Unified social credit code', where: 'newer-sources.md §1.1', date: '2015' },
} as const satisfies Record<string, SourceDoc>;

export type SourceKey = keyof typeof SOURCES;

/**
 * A section as cited: plain text, or free English text with the Chinese readers see in its place
 * (`{ en: 'uploads (jpg or png)', zh: '上传格式（jpg 或 png）' }`). Section numbers, steps, notes,
 * province names and Chinese text need no zh: src/facts/source-citation.ts renders them.
 * With a file part (`-en …`), `zh` replaces only what follows the file part.
 */
export type CitedSection = string | { en: string; zh: string };

/** Marks the zh text of a section inside a citation string (read back by source-citation.ts). */
export const ZH_SECTION_OPEN = ' ⟦zh: ';
export const ZH_SECTION_CLOSE = '⟧';

/** `key section (title, date)`: the one citation format of `cite()` and `citeAny()`. */
export function formatCitation(key: string, doc: SourceDoc, section?: CitedSection): string {
  const text = typeof section === 'object' ? `${section.en}${ZH_SECTION_OPEN}${section.zh}${ZH_SECTION_CLOSE}` : section;
  // A section starting with '-' names a file of the source (ALI19-form, ALI19-rej …).
  const sep = text?.startsWith('-') ? '' : ' ';
  return `${key}${text ? `${sep}${text}` : ''} (${doc.title}, ${doc.date})`;
}

/** A human-readable citation, e.g. `seed-003 §6 (Alibaba Cloud: ICP Filing Procedures, 2019-02-19)` or `ALI19-form 联系方式1 (…)`. */
export function cite(key: SourceKey, section?: CitedSection): string {
  return formatCitation(key, SOURCES[key], section);
}
