/**
 * What users read as a source: the document's public title, the section, its date and a link
 * where the document is public. Citations in the data (`cite()`: `seed-003 §2 step 7 (…)`,
 * `ALI19-rej`) keep their internal keys for traceability; this is the one place that turns them
 * into readable text, so keys, seed file names and repository mirrors never reach the UI or the
 * text output of check-draft. Pure; no browser API.
 */
import type { Lang, LocalizedText } from '../domain/localized';
import { PLANNER_SOURCES } from './planner-sources';
import { PROVINCES } from './provinces';
import { SOURCES, ZH_SECTION_CLOSE, ZH_SECTION_OPEN, type SourceDoc } from './sources';

export interface ReadableSource {
  title: string;
  section?: string;
  date?: string;
  url?: string;
}

interface PublicDoc {
  title: LocalizedText;
  date?: string;
  url?: string;
}

const ALIBABA_HELP: LocalizedText = { zh: '阿里云备案帮助文档', en: 'Alibaba Cloud ICP filing help' };

/** Public titles (and links where newer-sources.md gives one) by citation key. */
const DOCS: Readonly<Record<string, PublicDoc>> = {
  'seed-000': {
    title: { zh: '阿里云：使用上海通信管理局 App 核验网站负责人', en: 'Alibaba Cloud: Using Shanghai Communications Administration app to verify the website administrator' },
    date: '2019',
  },
  'seed-001': {
    title: { zh: '阿里云：在阿里云 App 中上传备案资料并完成真实性核验', en: 'Alibaba Cloud: Upload ICP filing documents and complete authenticity verification in the Alibaba Cloud app' },
    date: '2019',
  },
  'seed-002': { title: { zh: '阿里云：ICP备案手机号码核验', en: 'Alibaba Cloud: Mobile phone number verification for ICP Filing' }, date: '2018' },
  'seed-003': { title: { zh: '阿里云：ICP备案流程', en: 'Alibaba Cloud: ICP Filing Procedures' }, date: '2019-02-19' },
  'seed-004': { title: { zh: '京东云：备案短信核验规范', en: 'JD Cloud: Checking Specifications of Filing SMS' }, date: '2019' },
  ALI19: { title: ALIBABA_HELP, date: '2019' },
  JD23: { title: { zh: '京东云：各省管局备案规则', en: 'JD Cloud: ICP filing rules of the provincial administrations' }, date: '2023' },
  QC: { title: { zh: '青云 QingCloud：ICP 备案文档', en: 'QingCloud: ICP filing documentation' }, date: '2023' },
  HW: { title: { zh: '华为云：ICP 备案知识库', en: 'Huawei Cloud: ICP filing knowledge base' }, date: '2026-05' },
  VOLC: { title: { zh: '火山引擎：ICP 备案文档', en: 'Volcengine: ICP filing documentation' }, date: '2024-03', url: 'https://www.volcengine.com/docs/6428/68754' },
  TXV: { title: { zh: '一次腾讯云备案的记录（2026-06-20 完成）', en: 'Notes of a Tencent Cloud filing completed on 2026-06-20' }, date: '2026-06-20' },
  MIIT633: {
    title: { zh: '工业和信息化部《工信管函〔2019〕633号》（一个网站一个域名）', en: 'MIIT letter 工信管函〔2019〕633号 (one domain per website)' },
    date: '2019-04-22',
    url: 'http://www.zhaiyijian.com/news577.html',
  },
  GB11643: { title: { zh: 'GB 11643-1999《公民身份号码》', en: 'GB 11643-1999 Citizen identification number' }, date: '1999' },
  GB11714: { title: { zh: 'GB 11714《全国组织机构代码编制规则》', en: 'GB 11714 Rules of coding for organisation codes' }, date: '1997' },
  GB32100: { title: { zh: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》', en: 'GB 32100-2015 Unified social credit code' }, date: '2015' },
  TX20: { title: { zh: '腾讯云：可备案的域名后缀', en: 'Tencent Cloud: fileable domain suffixes (可备案的域名后缀)' }, date: '2020-07-24' },
  MIITNUM: { title: { zh: '工业和信息化部 ICP/IP地址/域名信息备案管理系统', en: 'MIIT ICP/IP address/domain filing system' }, url: 'https://beian.miit.gov.cn' },
  CERTFMT: { title: { zh: '证件号码格式（港澳通行证、台胞证、护照、永居证）', en: 'Certificate number formats (HK/Macau and Taiwan permits, passports, permanent residence cards)' } },
  TXTJ: { title: { zh: '腾讯云：天津地区备案规则', en: 'Tencent Cloud: Tianjin filing rules' } },
  DWERA: { title: { zh: 'dwera.cn：工信部短信核验通知', en: 'dwera.cn notice: MIIT SMS verification' }, date: '2020-10-23' },
  CNTS: { title: { zh: 'cntuanshan 帮助：全国实行短信核验', en: 'cntuanshan help: SMS verification nationwide' }, date: '2020' },
  XQC7: { title: { zh: '网站备案记录（xqc7com）', en: 'Website registration notes (xqc7com)' }, date: '2025-09-25' },
  ALIREVIEW: { title: { zh: '阿里云：备案审核', en: 'Alibaba Cloud: ICP filing review' }, url: 'https://help.aliyun.com/zh/icp-filing/user-guide/the-icp-record-review' },
  MIITFOOTER: { title: { zh: '博客：备案号链接改为 beian.miit.gov.cn', en: 'Blog post: the filing-number link moved to beian.miit.gov.cn' }, date: '2021-01-20' },
};

/** The files of the Alibaba help cited as `ALI19-<file>`: their own titles and dates. */
const ALI19_FILES: Readonly<Record<string, { section: LocalizedText; date: string }>> = {
  form: { section: { zh: '填写主体信息和网站信息', en: '填写主体信息和网站信息 (entering subject and website information)' }, date: '2019-09-19' },
  faq: { section: { zh: '备案流程FAQ：填写主体信息和网站信息', en: 'FAQ: 填写主体信息和网站信息' }, date: '2019-02' },
  rej: { section: { zh: '常见备案申请驳回原因', en: '常见备案申请驳回原因 (common rejection reasons)' }, date: '2018-12' },
  prov: { section: { zh: '学习管局规则：各省备案规则', en: '学习管局规则 (provincial administration rules)' }, date: '2019-09' },
  sms: { section: { zh: '短信核验', en: '短信核验 (SMS verification)' }, date: '2019-08' },
  en: { section: { zh: '英文版', en: 'English edition' }, date: '2019-09' },
};

const HW_FILES: Readonly<Record<string, LocalizedText>> = {
  mgj: { zh: '备案管局咨询', en: '备案管局咨询 (administration questions)' },
};

const KEYS = Object.keys(DOCS).sort((a, b) => b.length - a.length);
// A file named in a section (`kb/topics/备案管局咨询.md`, `shanghai.md`): keep its name without
// folders and extension. Only names with an extension: `BJ/SD`, `.cn/.公益` or `男60/女55` are text.
const PATH_RE = /(?:[\w.\-\u4e00-\u9fff（）]+\/)*([\w\-\u4e00-\u9fff（）]+)\.(?:md|ya?ml|js|ts)\b/g;

function cleanSection(section: string): string {
  return section
    .replace(PATH_RE, (_, name: string) => name)
    .replace(/\s+/g, ' ')
    .trim();
}

const PROVINCE_NAMES = new Map(PROVINCES.map((p) => [p.en.replace(/\s*\(.*\)$/, ''), p.short]));
const PROVINCE_CODES = new Map(PROVINCES.map((p) => [p.id.toUpperCase(), p.short]));
const PROVINCE_NAME_RE = new RegExp(`\\b(${[...PROVINCE_NAMES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const PROVINCE_CODE_RE = new RegExp(`\\b(${[...PROVINCE_CODES.keys()].join('|')})\\b`, 'g');

/**
 * A section's Chinese rendering by rule: section, step and note numbers, province names and
 * two-letter province codes, and Chinese punctuation. Free English text is not translated here:
 * the citation carries its own zh text (`cite(key, { en, zh })`), and a unit test fails on any
 * English word left in a zh source line.
 */
export function zhSection(section: string): string {
  return section
    .replace(/§(\d+)/g, '第$1节')
    .replace(/\bsteps? (\d+(?:(?:, ?| and )\d+)*)/g, (_, n: string) => `第${n.split(/, ?| and /).join('、')}步`)
    .replace(/\bnotes? (\d+(?:-\d+)?)/g, '注$1')
    .replace(/\bnote\b/g, '注')
    .replace(PROVINCE_NAME_RE, (n: string) => PROVINCE_NAMES.get(n)!)
    .replace(PROVINCE_CODE_RE, (c: string) => PROVINCE_CODES.get(c)!)
    .replace(/([节步]) (?=第|注)/g, '$1')
    .replace(/ ?\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/: /g, '：')
    .replace(/; /g, '；')
    .replace(/, /g, '、');
}

/** `en ⟦zh: …⟧` written by `cite(key, { en, zh })`: the two texts of a section. */
function sectionTexts(rest: string): { en: string; zh?: string } {
  const open = rest.indexOf(ZH_SECTION_OPEN);
  if (open < 0 || !rest.endsWith(ZH_SECTION_CLOSE)) return { en: rest };
  return { en: rest.slice(0, open), zh: rest.slice(open + ZH_SECTION_OPEN.length, -ZH_SECTION_CLOSE.length).trim() };
}

/**
 * Splits a `source` string holding several citations (`a; b`): at a `;` outside brackets that
 * starts the next citation (a known key), so a `;` inside a section's text stays in it.
 */
export function splitCitations(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '（' || c === '⟦') depth++;
    else if ((c === ')' || c === '）' || c === '⟧') && depth > 0) depth--;
    else if (c === ';' && depth === 0 && keyOf(source.slice(i + 1).trimStart())) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function keyOf(citation: string): string | undefined {
  return KEYS.find((k) => citation === k || citation.startsWith(`${k} `) || citation.startsWith(`${k}-`) || citation.startsWith(`${k} (`));
}

/**
 * One citation as a reader sees it. A citation without a known key is shown by its text with
 * file paths reduced to their names (never expected: a unit test checks every citation in use).
 */
export function readableSource(citation: string, lang: Lang): ReadableSource {
  const key = keyOf(citation);
  if (!key) return { title: cleanSection(sectionTexts(citation).en) };
  const doc = DOCS[key]!;
  let rest = citation.slice(key.length);
  // cite() appends "(title, date)" of the internal list; the public title replaces it.
  const internal: SourceDoc | undefined = (SOURCES as Record<string, SourceDoc>)[key] ?? (PLANNER_SOURCES as Record<string, SourceDoc>)[key];
  const tail = internal ? ` (${internal.title}, ${internal.date})` : undefined;
  if (tail && rest.endsWith(tail)) rest = rest.slice(0, -tail.length);
  let date = doc.date;
  const parts: string[] = [];
  const texts = sectionTexts(rest);
  rest = texts.en;
  const file = /^-(\w+)\s*/.exec(rest);
  if (file) {
    rest = rest.slice(file[0].length);
    const ali = key === 'ALI19' ? ALI19_FILES[file[1]!] : undefined;
    const hw = key === 'HW' ? HW_FILES[file[1]!] : undefined;
    if (ali) {
      parts.push(ali.section[lang]);
      date = ali.date;
    } else if (hw) parts.push(hw[lang]);
  }
  let section = cleanSection(rest);
  // `HW-mgj kb/topics/备案管局咨询.md (…)` names the file twice.
  if (parts[0] && section.startsWith(parts[0])) section = section.slice(parts[0].length).trim();
  if (lang === 'zh') section = texts.zh ?? zhSection(section);
  // A bracketed remark belongs to the file part before it: `驳回原因（域名核验）`.
  if (section && parts.length && /^[(（]/.test(section)) parts[parts.length - 1] += lang === 'zh' ? section : ` ${section}`;
  else if (section) parts.push(section);
  return {
    title: doc.title[lang],
    ...(parts.length ? { section: parts.join(lang === 'zh' ? '，' : ', ') } : {}),
    ...(date ? { date } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  };
}

/** One line: `Title, section, date <url>` (Chinese commas under zh). */
export function sourceLine(s: ReadableSource, lang: Lang = 'en'): string {
  return [s.title, s.section, s.date].filter(Boolean).join(lang === 'zh' ? '，' : ', ') + (s.url ? ` <${s.url}>` : '');
}

/** A finding's or step's sources (one string with `;`, or a list) as one readable line each. */
export function readableSourceLines(sources: string | readonly string[], lang: Lang): string[] {
  const list = typeof sources === 'string' ? splitCitations(sources) : sources.flatMap(splitCitations);
  return [...new Set(list.map((c) => sourceLine(readableSource(c, lang), lang)))];
}

/** The sources as one line of text, in both languages (what a finding carries for the UI). */
export function readableSourceText(sources: string | readonly string[]): LocalizedText {
  return { zh: readableSourceLines(sources, 'zh').join('；'), en: readableSourceLines(sources, 'en').join('; ') };
}
