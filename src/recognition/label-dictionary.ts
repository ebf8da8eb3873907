/**
 * The label dictionary, as data: for each logical key the Chinese and English label variants
 * seen on the providers' forms (old and new MIIT wording), with weights. Variants are written
 * as they appear; they are normalised once at load (see normalize.ts).
 *
 * Logical keys are canonical keys or placeholders resolved by section context
 * (resolve-key.ts):
 * - `subject.*`            absolute subject keys
 * - `subject.region`       主办单位所属区域: province/city/district by position
 * - `website.*`            website keys, index from context
 * - `principal.*`          a person field; the section decides subject or website principal
 * - `subject.principal.*` / `website.principal.*` explicit person fields
 * - `cert.type` / `cert.number`  证件类型 / 证件号码: subject document or principal ID by section
 * - `remarks`              备注: subject or website remarks by section
 * - `secret.*`             captcha / smsCode / icpPassword / code (验证码, kind from context)
 */
import { normalizeLabel } from './normalize';

export interface LabelVariant {
  /** Normalised label text. */
  text: string;
  weight: number;
}

export interface LabelEntry {
  key: string;
  variants: LabelVariant[];
}

type Raw = Record<string, Array<string | [string, number]>>;

const PERSON_SUFFIXES: Record<string, Array<string | [string, number]>> = {
  name: ['姓名', '名称', 'name'],
  idType: ['证件类型', 'idtype', 'documenttype', 'iddocumenttype', 'certificatetype'],
  idNumber: ['证件号码', '证件号', '身份证号码', 'idnumber', 'documentnumber', 'idcardnumber', 'certificatenumber'],
  mobile: ['联系方式1', '手机号码', '手机号', '手机', 'contactmethod1', 'mobile', 'mobilenumber', 'mobilephone', 'mobilephonenumber'],
  phone: ['联系方式2', '办公室电话', '办公电话', '固定电话', 'contactmethod2', 'officephone', 'officephonenumber', 'telephone'],
  emergencyPhone: ['应急联系电话', '应急联系人电话', '应急电话', 'emergencyphone', 'emergencyphonenumber', 'emergencycontactphone'],
  email: ['电子邮件地址', '电子邮件', '电子邮箱', '邮箱', 'email', 'emailaddress'],
};

const SUBJECT_PERSON_PREFIXES = ['主体负责人', '主办单位负责人', '主办者负责人', '主办人负责人', 'entityleader', 'subjectprincipal', 'subjectleader', 'organizerprincipal'];
const WEBSITE_PERSON_PREFIXES = ['网站负责人', '互联网信息服务负责人', '服务负责人', 'websiteadministrator', 'websiteadmin', 'websiteprincipal', 'siteadministrator', 'serviceprincipal'];

function personVariants(prefixes: string[]): Raw {
  const out: Raw = {};
  for (const [sub, suffixes] of Object.entries(PERSON_SUFFIXES)) {
    const list: Array<[string, number]> = [];
    for (const p of prefixes) {
      for (const s of suffixes) {
        const text = typeof s === 'string' ? s : s[0];
        list.push([p + text, 1]);
      }
    }
    out[sub] = list;
  }
  return out;
}

const RAW: Raw = {
  'subject.region': [
    '主办单位所属区域', '主办者所属区域', '主体所属区域', ['所属区域', 0.95], ['备案区域', 0.95], ['所属地区', 0.9],
    ['所在地区', 0.85], ['所在区域', 0.85], ['省市区', 0.9], ['地区', 0.7], ['区域', 0.7],
    'subjectregion', ['region', 0.85], ['filingregion', 0.95], ['subjectarea', 0.9],
  ],
  'subject.province': [['省份', 0.95], ['所在省份', 0.95], ['所属省份', 0.95], ['省/直辖市', 0.9], ['省', 0.8], ['province', 0.95]],
  'subject.city': [['城市', 0.9], ['所在城市', 0.9], ['所属城市', 0.9], ['地市', 0.85], ['市', 0.75], ['city', 0.9]],
  'subject.district': [['区县', 0.9], ['所属区县', 0.9], ['所在区县', 0.9], ['区/县', 0.9], ['县区', 0.9], ['district', 0.9], ['county', 0.85]],
  'subject.nature': [
    '主办单位性质', '主办者性质', '主体性质', ['单位性质', 0.95], ['主体类型', 0.9], ['主办单位类型', 0.95], ['性质', 0.8],
    'subjecttype', 'subjectnature', ['entitytype', 0.9], ['organizertype', 0.9], ['natureofsubject', 1], ['organizationtype', 0.85],
  ],
  'subject.certType': [
    '主办单位证件类型', '主办者证件类型', '主体证件类型', ['单位证件类型', 0.95],
    'subjectdocumenttype', 'subjectcertificatetype', ['entitydocumenttype', 0.95], ['subjectidtype', 0.95],
  ],
  'subject.certNumber': [
    '主办单位证件号码', '主办者证件号码', '主体证件号码', ['单位证件号码', 0.95], ['统一社会信用代码', 0.95], ['营业执照号码', 0.9],
    'subjectdocumentnumber', 'subjectcertificatenumber', ['entitydocumentnumber', 0.95], ['unifiedsocialcreditcode', 0.95], ['creditcode', 0.85],
  ],
  'cert.type': [['证件类型', 0.9], ['documenttype', 0.85], ['certificatetype', 0.85]],
  'cert.number': [['证件号码', 0.9], ['证件号', 0.85], ['documentnumber', 0.85], ['certificatenumber', 0.85]],
  'subject.name': [
    '主办单位或主办人名称', '主办单位或主办人全称', '主办单位名称', '主办单位全称', '主办人名称', '主办者名称', '主体名称',
    ['单位名称', 0.9], ['单位名称/姓名', 0.95], ['主办单位', 0.8],
    'subjectname', ['organizername', 0.95], ['entityname', 0.9], ['nameofsubject', 1], ['organizationname', 0.85], ['companyname', 0.8],
  ],
  'subject.certAddress': [
    '主办单位证件住所', '主体证件住所', '主办者证件住所', ['证件住所', 0.95], ['证件地址', 0.9], ['注册地址', 0.8], ['住所', 0.75],
    'subjectdocumentaddress', ['documentaddress', 0.9], ['certificateaddress', 0.9], ['registeredaddress', 0.8],
  ],
  'subject.mailingAddress': [
    '主办单位通讯地址', '主办单位通信地址', '主体通讯地址', '主办者通讯地址', ['通讯地址', 0.95], ['通信地址', 0.95], ['联系地址', 0.85],
    'subjectmailingaddress', ['mailingaddress', 0.95], ['contactaddress', 0.9], ['correspondenceaddress', 0.9], ['postaladdress', 0.9],
  ],
  'subject.investor': [
    '投资人或主管单位', '投资者或上级主管单位', ['投资人或主管单位名称', 1], ['投资人', 0.85], ['主管单位', 0.85], ['投资者', 0.85],
    'investororcompetentunit', ['investor', 0.85], ['competentunit', 0.85], ['investororsupervisor', 0.95],
  ],
  'subject.remarks': ['主办单位备注', '主体备注', '主体信息备注', 'subjectremarks'],
  remarks: [['备注', 0.9], ['备注信息', 0.9], ['备注说明', 0.9], ['remarks', 0.9], ['remark', 0.9], ['notes', 0.7]],
  'principal.name': [['负责人姓名', 0.95], ['姓名', 0.8], ['法定代表人姓名', 0.9], ['法人姓名', 0.85], ['principalname', 0.95], ['name', 0.7], ['fullname', 0.75], ['legalrepresentative', 0.8]],
  'principal.idType': [['负责人证件类型', 0.95], ['idtype', 0.9], ['iddocumenttype', 0.9]],
  'principal.idNumber': [['负责人证件号码', 0.95], ['身份证号码', 0.85], ['身份证号', 0.85], ['idnumber', 0.9], ['idcardnumber', 0.9]],
  'principal.mobile': [
    ['联系方式1', 1], ['手机号码', 0.9], ['手机号', 0.9], ['手机', 0.8], ['移动电话', 0.85], ['联系手机', 0.9], ['联系方式', 0.75],
    ['contactmethod1', 1], ['mobilephone', 0.9], ['mobile', 0.85], ['mobilenumber', 0.9], ['mobilephonenumber', 0.9], ['cellphone', 0.85],
  ],
  'principal.phone': [
    ['联系方式2', 1], ['办公室电话', 0.95], ['办公电话', 0.95], ['固定电话', 0.9], ['座机', 0.85], ['联系电话', 0.7],
    ['contactmethod2', 1], ['officephonenumber', 1], ['officephone', 0.95], ['telephone', 0.8], ['landline', 0.85], ['officetelephone', 0.95],
  ],
  'principal.emergencyPhone': [
    ['应急联系电话', 1], ['应急联系人电话', 1], ['应急电话', 0.95], ['紧急联系电话', 0.95], ['应急联系方式', 0.9], ['紧急联系人电话', 0.95],
    ['emergencyphone', 1], ['emergencyphonenumber', 1], ['emergencycontactphone', 1], ['emergencycontact', 0.9], ['emergencycontactnumber', 1],
  ],
  'principal.email': [
    ['电子邮件地址', 1], ['电子邮件', 0.95], ['电子邮箱', 0.95], ['邮箱', 0.9], ['邮箱地址', 0.95], ['email', 0.95], ['emailaddress', 1], ['mail', 0.7],
  ],
  'website.name': ['网站名称', '服务名称', ['网站名', 0.9], ['站点名称', 0.9], ['互联网信息服务名称', 1], 'websitename', ['sitename', 0.95], ['servicename', 0.9], ['nameofwebsite', 1]],
  'website.domains': [
    '已验证域名', '网站其他域名', '网站域名', ['域名', 0.95], '域名列表', ['其他域名', 0.95], ['验证域名', 0.95], ['网站主域名', 1],
    ['domainname', 0.95], ['domainnames', 1], ['domains', 0.95], ['domain', 0.9], ['verifieddomain', 1], ['verifieddomainname', 1], ['otherdomains', 0.95], ['websitedomain', 1],
  ],
  'website.homepageUrl': [
    '网站首页url', ['首页url', 0.95], '网站首页地址', '网站首页网址', ['首页地址', 0.9], ['网站首页', 0.9], ['首页网址', 0.9],
    'homepageurl', ['homepage', 0.9], ['websiteurl', 0.85], ['websitehomepage', 0.95], ['url', 0.6],
  ],
  'website.serviceContent': ['网站服务内容', ['服务内容', 0.95], ['网站内容', 0.95], ['互联网信息服务内容', 1], 'servicecontent', ['websitecontent', 0.9], ['websiteservicecontent', 1]],
  'website.language': [['网站语言', 1], ['语言', 0.85], ['语种', 0.85], ['网站语种', 1], ['websitelanguage', 1], ['language', 0.9], ['languages', 0.9]],
  'website.preApproval': [
    '前置或专项审批内容类型', '前置审批类型', '前置审批内容类型', ['前置审批', 0.9], ['专项审批', 0.85], ['前置或专项审批', 0.95], ['前置审批项', 0.9],
    'preapprovaltype', ['preapproval', 0.95], ['preapprovallist', 0.95], ['preapprovalcontenttype', 1],
  ],
  'website.remarks': ['网站备注', '网站信息备注', 'websiteremarks'],
  'website.icpNumber': ['网站备案号', ['备案号', 0.9], 'icp备案号', '网站icp备案号', ['icp备案号码', 1], ['icpfilingnumber', 1], ['icpnumber', 0.95], ['filingnumber', 0.85], ['icplicensenumber', 0.9], ['websitefilingnumber', 1]],
  'secret.captcha': ['图片验证码', '图形验证码', ['看不清换一张', 0.9], 'captcha', ['imagecode', 0.95], ['imageverificationcode', 1], ['picturecode', 0.95], ['图片校验码', 1]],
  'secret.smsCode': ['手机验证码', '短信验证码', '短信校验码', '手机校验码', ['动态验证码', 0.9], 'smscode', 'smsverificationcode', ['mobileverificationcode', 1], ['smsvalidationcode', 1]],
  'secret.icpPassword': ['icp备案密码', '备案密码', '工信部备案密码', 'icpfilingpassword', ['filingpassword', 1], ['password', 0.9], ['密码', 0.9]],
  'secret.code': ['验证码', ['校验码', 0.9], 'verificationcode', ['verifycode', 0.95], ['code', 0.7]],
};

function addPersonEntries(raw: Raw, section: 'subject' | 'website', prefixes: string[]): void {
  for (const [sub, list] of Object.entries(personVariants(prefixes))) {
    const key = `${section}.principal.${sub}`;
    raw[key] = [...(raw[key] ?? []), ...list];
  }
}
addPersonEntries(RAW, 'subject', SUBJECT_PERSON_PREFIXES);
addPersonEntries(RAW, 'website', WEBSITE_PERSON_PREFIXES);
// The role alone labels the person's name input (Huawei: 主体负责人, 互联网信息服务负责人).
// Option groups ("请选择网站负责人", "同主体负责人") never take a name key (recognize-form.ts).
RAW['subject.principal.name']!.push(['主体负责人', 0.85], ['主办单位负责人', 0.85], ['entityleader', 0.85], ['subjectprincipal', 0.85]);
RAW['website.principal.name']!.push(['网站负责人', 0.85], ['互联网信息服务负责人', 0.85], ['服务负责人', 0.85], ['websiteadministrator', 0.85], ['websiteprincipal', 0.85]);

function compile(raw: Raw): LabelEntry[] {
  return Object.entries(raw).map(([key, list]) => ({
    key,
    variants: list.map((v) => {
      const [text, weight] = typeof v === 'string' ? [v, 1] : v;
      return { text: normalizeLabel(text), weight };
    }),
  }));
}

export const LABEL_DICTIONARY: readonly LabelEntry[] = compile(RAW);

/** Section headings. Regexes over normalised heading text (normalize.ts). */
export type SectionKind = 'subject' | 'subjectPrincipal' | 'website' | 'websitePrincipal' | 'other';

export const SECTION_PATTERNS: ReadonlyArray<{ section: SectionKind; re: RegExp }> = [
  { section: 'subjectPrincipal', re: /^(?:填写)?(?:主办单位|主体|主办者|主办人|单位)负责人(?:基本)?(?:信息|联系方式)?$/ },
  { section: 'subjectPrincipal', re: /^法定代表人(?:信息)?$/ },
  { section: 'subjectPrincipal', re: /^(?:entityleader|subjectprincipal|subjectleader|organizerprincipal)(?:information|info|details)?$/ },
  { section: 'websitePrincipal', re: /^(?:填写)?(?:网站|互联网信息服务|服务)负责人(?:基本)?(?:信息|联系方式)?$/ },
  { section: 'websitePrincipal', re: /^(?:websiteadministrator|websiteadmin|websiteprincipal|siteadministrator|serviceprincipal)(?:information|info|details)?$/ },
  { section: 'subject', re: /^(?:填写)?(?:主办单位|主体|主办者|主办人)(?:基本)?信息$/ },
  { section: 'subject', re: /^(?:subject|organizer|entity|sponsor)(?:basic)?(?:information|info|details)$/ },
  { section: 'website', re: /^(?:填写)?(?:网站|互联网信息服务|服务|站点)(?:\d+|[一二三四五六七八九十]+)?(?:基本)?(?:信息)?(?:\d+)?$/ },
  { section: 'website', re: /^(?:basic)?(?:website|site|service)(?:\d+)?(?:basic)?(?:information|info|details)(?:\d+)?$/ },
];

/** Classify a heading text; undefined when it is not a known section heading. */
export function matchSection(text: string, normalized = false): SectionKind | undefined {
  const n = normalized ? text : normalizeLabel(text);
  if (n.length === 0 || n.length > 40) return undefined;
  // "网站" / "服务" alone are too generic to open a section.
  if (n === '网站' || n === '服务' || n === '站点' || n === '网站信息服务') return n === '网站信息服务' ? 'website' : undefined;
  for (const { section, re } of SECTION_PATTERNS) if (re.test(n)) return section;
  return undefined;
}

/**
 * name/id attribute tokens (weaker evidence). Matched as substrings of the lower-cased
 * attribute with non-alphanumerics removed; the longest matching token wins.
 */
export const ATTRIBUTE_TOKENS: ReadonlyArray<readonly [string, string]> = [
  ['emergency', 'principal.emergencyPhone'],
  ['email', 'principal.email'],
  ['mobile', 'principal.mobile'],
  ['cellphone', 'principal.mobile'],
  ['officephone', 'principal.phone'],
  ['telephone', 'principal.phone'],
  ['landline', 'principal.phone'],
  ['homepage', 'website.homepageUrl'],
  ['homeurl', 'website.homepageUrl'],
  ['indexurl', 'website.homepageUrl'],
  ['domain', 'website.domains'],
  ['sitename', 'website.name'],
  ['websitename', 'website.name'],
  ['servicename', 'website.name'],
  ['icpnumber', 'website.icpNumber'],
  ['icpno', 'website.icpNumber'],
  ['recordnumber', 'website.icpNumber'],
  ['beianhao', 'website.icpNumber'],
  ['investor', 'subject.investor'],
  ['mailingaddress', 'subject.mailingAddress'],
  ['mailaddress', 'subject.mailingAddress'],
  ['contactaddress', 'subject.mailingAddress'],
  ['certaddress', 'subject.certAddress'],
  ['documentaddress', 'subject.certAddress'],
  ['remark', 'remarks'],
  ['creditcode', 'subject.certNumber'],
  ['certnumber', 'cert.number'],
  ['certno', 'cert.number'],
  ['idnumber', 'principal.idNumber'],
  ['idcard', 'principal.idNumber'],
  ['certtype', 'cert.type'],
  ['idtype', 'principal.idType'],
  ['nature', 'subject.nature'],
  ['subjecttype', 'subject.nature'],
  ['province', 'subject.province'],
  ['district', 'subject.district'],
  ['language', 'website.language'],
  ['preapproval', 'website.preApproval'],
  ['servicecontent', 'website.serviceContent'],
  ['subjectname', 'subject.name'],
  ['unitname', 'subject.name'],
  ['orgname', 'subject.name'],
  ['principalname', 'principal.name'],
];

/** name/id/autocomplete values that mark a secret input whatever its label says. */
export const SECRET_ATTRIBUTE: ReadonlyArray<readonly [RegExp, 'captcha' | 'smsCode' | 'icpPassword' | 'code']> = [
  [/sms|短信|phonecode|mobilecode|onetimecode/i, 'smsCode'],
  [/captcha|imgcode|imagecode|piccode|picturecode|checkcode|validatecode|vcode|yzm/i, 'captcha'],
  [/password|passwd|pwd/i, 'icpPassword'],
  [/verifycode|verificationcode|authcode/i, 'code'],
];
