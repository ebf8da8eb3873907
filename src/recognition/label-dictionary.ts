/**
 * The label dictionary, as data: for each logical key the Chinese and English label variants
 * seen on the providers' forms (old and new MIIT wording), with weights. Variants are written
 * normalised (lower case, no spaces or marks: see normalize.ts; a test checks it).
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
 * Variants of a key as one string: `|` between variants, grouped by weight; a space starts
 * the group of a lesser weight (`省份|province .8:省` = 省份 and province weigh 1, 省 0.8).
 * Strings rather than arrays of tuples because the dictionary ships in every content script
 * (smaller bundle); score-label.ts indexes them on first use (forEachVariant).
 */
type Packed = Record<string, string>;

/**
 * Person labels are a role prefix and a field suffix (主体负责人 + 姓名): every pair is a variant
 * of weight 1 of `<section>.principal.<field>`. score-label.ts matches them as role, then field,
 * rather than indexing ~740 pairs at every page load; forEachVariant lists them expanded (tests
 * and tools compare the two). Fields in dictionary order.
 */
export const PERSON_FIELDS: Packed = {
  name: '姓名|名称|name',
  idType: '证件类型|idtype|iddocumenttype|documenttype|certificatetype',
  idNumber: '证件号码|证件号|documentnumber|certificatenumber|idnumber|idcardnumber|身份证号码',
  mobile: '联系方式1|contactmethod1|手机号码|手机号|mobilephone|mobilenumber|mobilephonenumber|mobile|手机',
  phone: '联系方式2|contactmethod2|officephonenumber|办公室电话|办公电话|officephone|固定电话|telephone',
  emergencyPhone: '应急联系电话|应急联系人电话|emergencyphone|emergencyphonenumber|emergencycontactphone|应急电话',
  email: '电子邮件地址|emailaddress|电子邮件|电子邮箱|email|邮箱',
};

/** Role prefixes by section. */
export const PERSON_ROLES: Packed = {
  subject: '主体负责人|主办单位负责人|主办者负责人|主办人负责人|entityleader|subjectprincipal|subjectleader|organizerprincipal',
  website: '网站负责人|互联网信息服务负责人|服务负责人|websiteadministrator|websiteadmin|websiteprincipal|siteadministrator|serviceprincipal',
};

const RAW: Packed = {
  'subject.region': '主办单位所属区域|主办者所属区域|主体所属区域|subjectregion .95:所属区域|备案区域|filingregion .9:所属地区|省市区|subjectarea .85:所在地区|所在区域|region .7:地区|区域',
  'subject.province': '.95:省份|所在省份|所属省份|province .9:省/直辖市 .8:省',
  'subject.city': '.9:城市|所在城市|所属城市|city .85:地市 .75:市',
  'subject.district': '.9:区县|所属区县|所在区县|区/县|县区|district .85:county',
  'subject.nature': '主办单位性质|主办者性质|主体性质|subjecttype|subjectnature|natureofsubject .95:单位性质|主办单位类型 .9:主体类型|entitytype|organizertype .85:organizationtype .8:性质',
  'subject.certType': '主办单位证件类型|主办者证件类型|主体证件类型|subjectdocumenttype|subjectcertificatetype .95:单位证件类型|entitydocumenttype|subjectidtype',
  'subject.certNumber':
    '主办单位证件号码|主办者证件号码|主体证件号码|subjectdocumentnumber|subjectcertificatenumber .95:单位证件号码|统一社会信用代码|entitydocumentnumber|unifiedsocialcreditcode ' +
    '.9:营业执照号码 .85:creditcode',
  'cert.type': '.9:证件类型 .85:documenttype|certificatetype',
  'cert.number': '.9:证件号码 .85:证件号|documentnumber|certificatenumber',
  'cert.validUntil': '.9:证件有效期|证件有效期至|有效期至|validuntil .85:有效期|validity',
  'subject.name':
    '主办单位或主办人名称|主办单位或主办人全称|主办单位名称|主办单位全称|主办人名称|主办者名称|主体名称|subjectname|nameofsubject .95:单位名称/姓名|organizername .9:单位名称|entityname ' +
    '.85:organizationname .8:主办单位|companyname',
  'subject.certAddress': '主办单位证件住所|主体证件住所|主办者证件住所|subjectdocumentaddress .95:证件住所 .9:证件地址|documentaddress|certificateaddress .8:注册地址|registeredaddress .75:住所',
  'subject.mailingAddress':
    '主办单位通讯地址|主办单位通信地址|主体通讯地址|主办者通讯地址|subjectmailingaddress .95:通讯地址|通信地址|mailingaddress .9:contactaddress|correspondenceaddress|postaladdress ' +
    '.85:联系地址',
  'subject.investor': '投资人或主管单位|投资者或上级主管单位|投资人或主管单位名称|investororcompetentunit .95:investororsupervisor .85:投资人|主管单位|投资者|investor|competentunit',
  'subject.remarks': '主办单位备注|主体备注|主体信息备注|subjectremarks',
  remarks: '.9:备注|备注信息|备注说明|remarks|remark .7:notes',
  'principal.name': '.95:负责人姓名|principalname .9:法定代表人姓名 .85:法人姓名 .8:姓名|legalrepresentative .75:fullname .7:name',
  'principal.idType': '.95:负责人证件类型 .9:idtype|iddocumenttype',
  'principal.idNumber': '.95:负责人证件号码 .9:idnumber|idcardnumber .85:身份证号码|身份证号',
  'principal.mobile': '联系方式1|contactmethod1 .9:手机号码|手机号|联系手机|mobilephone|mobilenumber|mobilephonenumber .85:移动电话|mobile|cellphone .8:手机 .75:联系方式',
  'principal.phone': '联系方式2|contactmethod2|officephonenumber .95:办公室电话|办公电话|officephone|officetelephone .9:固定电话 .85:座机|landline .8:telephone .7:联系电话',
  'principal.emergencyPhone':
    '应急联系电话|应急联系人电话|emergencyphone|emergencyphonenumber|emergencycontactphone|emergencycontactnumber .95:应急电话|紧急联系电话|紧急联系人电话 ' +
    '.9:应急联系方式|emergencycontact',
  'principal.email': '电子邮件地址|emailaddress .95:电子邮件|电子邮箱|邮箱地址|email .9:邮箱 .7:mail',
  'website.name': '网站名称|服务名称|互联网信息服务名称|websitename|nameofwebsite .95:sitename .9:网站名|站点名称|servicename',
  'website.domains':
    '已验证域名|网站其他域名|网站域名|域名列表|网站主域名|domainnames|verifieddomain|verifieddomainname|websitedomain .95:域名|其他域名|验证域名|domainname|domains|otherdomains ' +
    '.9:domain',
  'website.homepageUrl': '网站首页url|网站首页地址|网站首页网址|homepageurl .95:首页url|websitehomepage .9:首页地址|网站首页|首页网址|homepage .85:websiteurl .6:url',
  'website.serviceContent': '网站服务内容|互联网信息服务内容|servicecontent|websiteservicecontent .95:服务内容|网站内容 .9:websitecontent',
  'website.language': '网站语言|网站语种|websitelanguage .9:language|languages .85:语言|语种',
  'website.preApproval': '前置或专项审批内容类型|前置审批类型|前置审批内容类型|preapprovaltype|preapprovalcontenttype .95:前置或专项审批|preapproval|preapprovallist .9:前置审批|前置审批项 .85:专项审批',
  'website.remarks': '网站备注|网站信息备注|websiteremarks',
  'website.icpNumber': '网站备案号|icp备案号|网站icp备案号|icp备案号码|icpfilingnumber|websitefilingnumber .95:icpnumber .9:备案号|icplicensenumber .85:filingnumber',
  'secret.captcha': '图片验证码|图形验证码|captcha|imageverificationcode|图片校验码 .95:imagecode|picturecode .9:看不清换一张',
  'secret.smsCode': '手机验证码|短信验证码|短信校验码|手机校验码|smscode|smsverificationcode|mobileverificationcode|smsvalidationcode .9:动态验证码',
  'secret.icpPassword': 'icp备案密码|备案密码|工信部备案密码|icpfilingpassword|filingpassword .9:password|密码',
  'secret.code': '验证码|verificationcode .95:verifycode .9:校验码 .7:code',
  // The role alone labels the person's name input (Huawei: 主体负责人, 互联网信息服务负责人).
  // Option groups ("请选择网站负责人", "同主体负责人") never take a name key (recognize-form.ts).
  // Last, as the person keys follow every other key (score-label.ts relies on it).
  'subject.principal.name': '.85:主体负责人|主办单位负责人|entityleader|subjectprincipal',
  'website.principal.name': '.85:网站负责人|互联网信息服务负责人|服务负责人|websiteadministrator|websiteprincipal',
};

/**
 * Calls `visit` for every variant except the person role + field pairs (PERSON_ROLES), keys
 * and variants in dictionary order, without building intermediate arrays (score-label.ts
 * indexes them straight away). The variants are written normalised already
 * (label-dictionary.test.ts checks it): no normalising pass over them.
 */
export function forEachPlainVariant(visit: (key: string, text: string, weight: number) => void): void {
  for (const [key, packed] of Object.entries(RAW)) {
    for (const group of packed.split(' ')) {
      const colon = group.indexOf(':');
      const weight = colon >= 0 ? Number(group.slice(0, colon)) : 1;
      for (const text of (colon >= 0 ? group.slice(colon + 1) : group).split('|')) visit(key, text, weight);
    }
  }
}

/**
 * Every variant, the person role + field pairs expanded after the plain ones: the dictionary as
 * score-label.ts must score it. Tests, tools.
 */
export function forEachVariant(visit: (key: string, text: string, weight: number) => void): void {
  forEachPlainVariant(visit);
  for (const [section, packed] of Object.entries(PERSON_ROLES)) {
    for (const [field, suffixes] of Object.entries(PERSON_FIELDS)) {
      for (const r of packed.split('|')) for (const s of suffixes.split('|')) visit(`${section}.principal.${field}`, r + s, 1);
    }
  }
}

/** The dictionary as entries (tests, tools). */
export function labelDictionary(): readonly LabelEntry[] {
  const entries: LabelEntry[] = [];
  forEachVariant((key, text, weight) => {
    const last = entries[entries.length - 1];
    if (last?.key === key) last.variants.push({ text, weight });
    else entries.push({ key, variants: [{ text, weight }] });
  });
  return entries;
}

/** Section headings. Regexes over normalised heading text (normalize.ts). */
export type SectionKind = 'subject' | 'subjectPrincipal' | 'website' | 'websitePrincipal' | 'other';

/** One pattern per section, tried in this order (a person section before its plain section). */
export const SECTION_PATTERNS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    'subjectPrincipal',
    /^(?:(?:填写)?(?:主办单位|主体|主办者|主办人|单位)负责人(?:基本)?(?:信息|联系方式)?|法定代表人(?:信息)?|(?:entityleader|subjectprincipal|subjectleader|organizerprincipal)(?:information|info|details)?)$/,
  ],
  [
    'websitePrincipal',
    /^(?:(?:填写)?(?:网站|互联网信息服务|服务)负责人(?:基本)?(?:信息|联系方式)?|(?:websiteadministrator|websiteadmin|websiteprincipal|siteadministrator|serviceprincipal)(?:information|info|details)?)$/,
  ],
  ['subject', /^(?:(?:填写)?(?:主办单位|主体|主办者|主办人)(?:基本)?信息|(?:subject|organizer|entity|sponsor)(?:basic)?(?:information|info|details))$/],
  [
    'website',
    /^(?:(?:填写)?(?:网站|互联网信息服务|服务|站点)(?:\d+|[一二三四五六七八九十]+)?(?:基本)?(?:信息)?(?:\d+)?|(?:basic)?(?:website|site|service)(?:\d+)?(?:basic)?(?:information|info|details)(?:\d+)?|网站信息服务)$/,
  ],
];

/**
 * Every text a section pattern matches contains one of these (负责人 / 法定代表人 / principal,
 * leader, admin for the person sections; 信息 / info / details, or 网站 / 服务 / 站点 for the
 * others): one test rules out most texts (labels, values) before the four patterns.
 * label-dictionary.test.ts checks it against every pattern's alternatives.
 */
export const SECTION_WORD = /负责人|法定代表人|principal|leader|admin|信息|info|details|网站|服务|站点/;

/** Memo per normalised text: the walk asks for every short text, and forms repeat theirs. */
const sectionMemo = new Map<string, SectionKind | null>();

/** Classify a heading text; undefined when it is not a known section heading. */
export function matchSection(text: string, normalized = false): SectionKind | undefined {
  const n = normalized ? text : normalizeLabel(text);
  // "网站" / "服务" alone are too generic to open a section.
  if (n.length > 40 || n === '网站' || n === '服务' || n === '站点') return undefined;
  let kind = sectionMemo.get(n);
  if (kind === undefined) {
    kind = SECTION_WORD.test(n) ? (SECTION_PATTERNS.find(([, re]) => re.test(n))?.[0] ?? null) : null;
    if (sectionMemo.size >= 4000) sectionMemo.clear();
    sectionMemo.set(n, kind);
  }
  return kind ?? undefined;
}

/**
 * name/id attribute tokens (weaker evidence), by logical key. Matched as substrings of the
 * lower-cased attribute with non-alphanumerics removed; the longest matching token wins (the
 * first listed among equally long ones).
 */
const ATTRIBUTE_TOKENS_BY_KEY: Packed = {
  'principal.emergencyPhone': 'emergency',
  'principal.email': 'email',
  'principal.mobile': 'mobile|cellphone',
  'principal.phone': 'officephone|telephone|landline',
  'website.homepageUrl': 'homepage|homeurl|indexurl',
  'website.domains': 'domain',
  'website.name': 'sitename|websitename|servicename',
  'website.icpNumber': 'icpnumber|icpno|recordnumber|beianhao',
  'subject.investor': 'investor',
  'subject.mailingAddress': 'mailingaddress|mailaddress|contactaddress',
  'subject.certAddress': 'certaddress|documentaddress',
  remarks: 'remark',
  'subject.certNumber': 'creditcode',
  'cert.number': 'certnumber|certno',
  'principal.idNumber': 'idnumber|idcard',
  'cert.type': 'certtype',
  'principal.idType': 'idtype',
  'subject.nature': 'nature|subjecttype',
  'subject.province': 'province',
  'subject.district': 'district',
  'website.language': 'language',
  'website.preApproval': 'preapproval',
  'website.serviceContent': 'servicecontent',
  'subject.name': 'subjectname|unitname|orgname',
  'principal.name': 'principalname',
};

/** [token, logical key] pairs. */
export const ATTRIBUTE_TOKENS: ReadonlyArray<readonly [string, string]> = Object.entries(ATTRIBUTE_TOKENS_BY_KEY).flatMap(([key, tokens]) =>
  tokens.split('|').map((token) => [token, key] as const),
);

/** name/id/autocomplete values that mark a secret input whatever its label says. */
export const SECRET_ATTRIBUTE: ReadonlyArray<readonly [RegExp, 'captcha' | 'smsCode' | 'icpPassword' | 'code']> = [
  [/sms|短信|phonecode|mobilecode|onetimecode|one-time-code/i, 'smsCode'],
  [/captcha|imgcode|imagecode|piccode|picturecode|checkcode|validatecode|vcode|yzm/i, 'captcha'],
  [/password|passwd|pwd/i, 'icpPassword'],
  [/verifycode|verificationcode|authcode/i, 'code'],
];
