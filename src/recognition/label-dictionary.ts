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

/**
 * Variants of a key as one string: `|` between variants, `@weight` after a variant weighing
 * less than 1 (`地区@.7`). Strings rather than arrays of tuples because the dictionary ships
 * in every content script (smaller bundle); compile() expands them once at load.
 */
type Packed = Record<string, string>;

const PERSON_SUFFIXES: Packed = {
  name: '姓名|名称|name',
  idType: '证件类型|idtype|documenttype|iddocumenttype|certificatetype',
  idNumber: '证件号码|证件号|身份证号码|idnumber|documentnumber|idcardnumber|certificatenumber',
  mobile: '联系方式1|手机号码|手机号|手机|contactmethod1|mobile|mobilenumber|mobilephone|mobilephonenumber',
  phone: '联系方式2|办公室电话|办公电话|固定电话|contactmethod2|officephone|officephonenumber|telephone',
  emergencyPhone: '应急联系电话|应急联系人电话|应急电话|emergencyphone|emergencyphonenumber|emergencycontactphone',
  email: '电子邮件地址|电子邮件|电子邮箱|邮箱|email|emailaddress',
};

const SUBJECT_PERSON_PREFIXES = '主体负责人|主办单位负责人|主办者负责人|主办人负责人|entityleader|subjectprincipal|subjectleader|organizerprincipal';
const WEBSITE_PERSON_PREFIXES = '网站负责人|互联网信息服务负责人|服务负责人|websiteadministrator|websiteadmin|websiteprincipal|siteadministrator|serviceprincipal';

const RAW: Packed = {
  'subject.region':
    '主办单位所属区域|主办者所属区域|主体所属区域|所属区域@.95|备案区域@.95|所属地区@.9|所在地区@.85|所在区域@.85|省市区@.9|地区@.7|区域@.7|subjectregion|' +
    'region@.85|filingregion@.95|subjectarea@.9',
  'subject.province': '省份@.95|所在省份@.95|所属省份@.95|省/直辖市@.9|省@.8|province@.95',
  'subject.city': '城市@.9|所在城市@.9|所属城市@.9|地市@.85|市@.75|city@.9',
  'subject.district': '区县@.9|所属区县@.9|所在区县@.9|区/县@.9|县区@.9|district@.9|county@.85',
  'subject.nature':
    '主办单位性质|主办者性质|主体性质|单位性质@.95|主体类型@.9|主办单位类型@.95|性质@.8|subjecttype|subjectnature|entitytype@.9|organizertype@.9|' +
    'natureofsubject|organizationtype@.85',
  'subject.certType': '主办单位证件类型|主办者证件类型|主体证件类型|单位证件类型@.95|subjectdocumenttype|subjectcertificatetype|entitydocumenttype@.95|subjectidtype@.95',
  'subject.certNumber':
    '主办单位证件号码|主办者证件号码|主体证件号码|单位证件号码@.95|统一社会信用代码@.95|营业执照号码@.9|subjectdocumentnumber|subjectcertificatenumber|' +
    'entitydocumentnumber@.95|unifiedsocialcreditcode@.95|creditcode@.85',
  'cert.type': '证件类型@.9|documenttype@.85|certificatetype@.85',
  'cert.number': '证件号码@.9|证件号@.85|documentnumber@.85|certificatenumber@.85',
  'subject.name':
    '主办单位或主办人名称|主办单位或主办人全称|主办单位名称|主办单位全称|主办人名称|主办者名称|主体名称|单位名称@.9|单位名称/姓名@.95|主办单位@.8|subjectname|organizername@.95|' +
    'entityname@.9|nameofsubject|organizationname@.85|companyname@.8',
  'subject.certAddress':
    '主办单位证件住所|主体证件住所|主办者证件住所|证件住所@.95|证件地址@.9|注册地址@.8|住所@.75|subjectdocumentaddress|documentaddress@.9|' +
    'certificateaddress@.9|registeredaddress@.8',
  'subject.mailingAddress':
    '主办单位通讯地址|主办单位通信地址|主体通讯地址|主办者通讯地址|通讯地址@.95|通信地址@.95|联系地址@.85|subjectmailingaddress|mailingaddress@.95|' +
    'contactaddress@.9|correspondenceaddress@.9|postaladdress@.9',
  'subject.investor':
    '投资人或主管单位|投资者或上级主管单位|投资人或主管单位名称|投资人@.85|主管单位@.85|投资者@.85|investororcompetentunit|investor@.85|competentunit@.85|' +
    'investororsupervisor@.95',
  'subject.remarks': '主办单位备注|主体备注|主体信息备注|subjectremarks',
  remarks: '备注@.9|备注信息@.9|备注说明@.9|remarks@.9|remark@.9|notes@.7',
  'principal.name': '负责人姓名@.95|姓名@.8|法定代表人姓名@.9|法人姓名@.85|principalname@.95|name@.7|fullname@.75|legalrepresentative@.8',
  'principal.idType': '负责人证件类型@.95|idtype@.9|iddocumenttype@.9',
  'principal.idNumber': '负责人证件号码@.95|身份证号码@.85|身份证号@.85|idnumber@.9|idcardnumber@.9',
  'principal.mobile':
    '联系方式1|手机号码@.9|手机号@.9|手机@.8|移动电话@.85|联系手机@.9|联系方式@.75|contactmethod1|mobilephone@.9|mobile@.85|mobilenumber@.9|' +
    'mobilephonenumber@.9|cellphone@.85',
  'principal.phone':
    '联系方式2|办公室电话@.95|办公电话@.95|固定电话@.9|座机@.85|联系电话@.7|contactmethod2|officephonenumber|officephone@.95|telephone@.8|' +
    'landline@.85|officetelephone@.95',
  'principal.emergencyPhone':
    '应急联系电话|应急联系人电话|应急电话@.95|紧急联系电话@.95|应急联系方式@.9|紧急联系人电话@.95|emergencyphone|emergencyphonenumber|' +
    'emergencycontactphone|emergencycontact@.9|emergencycontactnumber',
  'principal.email': '电子邮件地址|电子邮件@.95|电子邮箱@.95|邮箱@.9|邮箱地址@.95|email@.95|emailaddress|mail@.7',
  'website.name': '网站名称|服务名称|网站名@.9|站点名称@.9|互联网信息服务名称|websitename|sitename@.95|servicename@.9|nameofwebsite',
  'website.domains':
    '已验证域名|网站其他域名|网站域名|域名@.95|域名列表|其他域名@.95|验证域名@.95|网站主域名|domainname@.95|domainnames|domains@.95|domain@.9|' +
    'verifieddomain|verifieddomainname|otherdomains@.95|websitedomain',
  'website.homepageUrl': '网站首页url|首页url@.95|网站首页地址|网站首页网址|首页地址@.9|网站首页@.9|首页网址@.9|homepageurl|homepage@.9|websiteurl@.85|websitehomepage@.95|url@.6',
  'website.serviceContent': '网站服务内容|服务内容@.95|网站内容@.95|互联网信息服务内容|servicecontent|websitecontent@.9|websiteservicecontent',
  'website.language': '网站语言|语言@.85|语种@.85|网站语种|websitelanguage|language@.9|languages@.9',
  'website.preApproval':
    '前置或专项审批内容类型|前置审批类型|前置审批内容类型|前置审批@.9|专项审批@.85|前置或专项审批@.95|前置审批项@.9|preapprovaltype|preapproval@.95|' +
    'preapprovallist@.95|preapprovalcontenttype',
  'website.remarks': '网站备注|网站信息备注|websiteremarks',
  'website.icpNumber': '网站备案号|备案号@.9|icp备案号|网站icp备案号|icp备案号码|icpfilingnumber|icpnumber@.95|filingnumber@.85|icplicensenumber@.9|websitefilingnumber',
  'secret.captcha': '图片验证码|图形验证码|看不清换一张@.9|captcha|imagecode@.95|imageverificationcode|picturecode@.95|图片校验码',
  'secret.smsCode': '手机验证码|短信验证码|短信校验码|手机校验码|动态验证码@.9|smscode|smsverificationcode|mobileverificationcode|smsvalidationcode',
  'secret.icpPassword': 'icp备案密码|备案密码|工信部备案密码|icpfilingpassword|filingpassword|password@.9|密码@.9',
  'secret.code': '验证码|校验码@.9|verificationcode|verifycode@.95|code@.7',
};

/** Every prefix + suffix pair, weight 1, appended to the section's explicit person keys. */
function addPersonEntries(raw: Packed, section: 'subject' | 'website', prefixes: string): void {
  for (const [sub, suffixes] of Object.entries(PERSON_SUFFIXES)) {
    const key = `${section}.principal.${sub}`;
    const list = prefixes.split('|').flatMap((p) => suffixes.split('|').map((s) => p + s));
    raw[key] = [...(raw[key] ? [raw[key]] : []), ...list].join('|');
  }
}
addPersonEntries(RAW, 'subject', SUBJECT_PERSON_PREFIXES);
addPersonEntries(RAW, 'website', WEBSITE_PERSON_PREFIXES);
// The role alone labels the person's name input (Huawei: 主体负责人, 互联网信息服务负责人).
// Option groups ("请选择网站负责人", "同主体负责人") never take a name key (recognize-form.ts).
RAW['subject.principal.name'] += '|主体负责人@.85|主办单位负责人@.85|entityleader@.85|subjectprincipal@.85';
RAW['website.principal.name'] += '|网站负责人@.85|互联网信息服务负责人@.85|服务负责人@.85|websiteadministrator@.85|websiteprincipal@.85';

function compile(raw: Packed): LabelEntry[] {
  return Object.entries(raw).map(([key, packed]) => ({
    key,
    variants: packed.split('|').map((v) => {
      const [text = '', weight] = v.split('@');
      return { text: normalizeLabel(text), weight: weight ? Number(weight) : 1 };
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
