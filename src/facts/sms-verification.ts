/**
 * MIIT SMS verification (工信部短信核验) as data, dated: where it applies, how long a code is
 * valid, where to enter it, who sends it, who must verify for each filing type and what to
 * type in. Sources: seeds 002, 003 §6/§11, 004 and newer-sources.md §3.
 */
import type { FilingType } from '../domain/draft-file';
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';
import { citeAny } from './planner-sources';
import type { DatedFact } from './dated-facts';

// ---------------------------------------------------------------------------------------------
// Where SMS verification is required

export interface SmsScopeFact extends DatedFact {
  /** Province ids (src/facts/provinces.ts) requiring verification, or every province. */
  provinces: readonly string[] | 'all';
}

const PILOT_2017 = ['tj', 'gs', 'xz', 'nx', 'hi', 'xj', 'qh'] as const;
const PILOT_2018_09_10 = [...PILOT_2017, 'zj', 'sc', 'fj', 'sn', 'cq', 'gx', 'yn'] as const;
const PILOT_2018_09_24 = [...PILOT_2018_09_10, 'sd', 'ha', 'ah', 'hn', 'sx', 'hl', 'nm', 'hb'] as const;

/** Outside these phases (before 2017-12-18, or a province not yet listed) no SMS code is sent. */
export const SMS_SCOPE: readonly SmsScopeFact[] = [
  {
    from: '2017-12-18',
    provinces: PILOT_2017,
    sources: [cite('seed-003', '§11'), cite('seed-002', { en: 'Applicable provinces', zh: '适用省份' })],
  },
  {
    from: '2018-09-10',
    provinces: PILOT_2018_09_10,
    sources: [cite('seed-003', '§11')],
    conflict: {
      zh: '阿里云《ICP备案手机号码核验》（2018）与《ICP备案流程》第6节只列出 7 个试点省份：它们写于 2018-09-10 扩大试点之前（《ICP备案流程》第11节给出各批日期）。',
      en: 'Alibaba Cloud’s “Mobile phone number verification” (2018) and “ICP Filing Procedures” §6 list only 7 pilot provinces: they predate the 2018-09-10 extension (“ICP Filing Procedures” §11 gives the dates of each batch).',
    },
  },
  {
    from: '2018-09-24',
    provinces: PILOT_2018_09_24,
    sources: [cite('seed-003', '§11'), cite('seed-004', { en: 'Currently Applicable Provinces', zh: '目前适用的省份' }), cite('seed-003', '§2 step 8')],
  },
  {
    from: '2020-08-17',
    provinces: 'all',
    sources: [cite('HW', 'kb/procedures/备案短信核验.md'), cite('VOLC'), citeAny('CNTS')],
    conflict: {
      zh: '自 2020-08-17 起全国所有省份均需短信核验（取消接入除外），2017-2018 年的 7/15/22 个试点省份名单已失效。',
      en: 'From 2020-08-17 every province requires SMS verification (except cancelling access); the 7/15/22 pilot lists of 2017-2018 are obsolete.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// How long a code is valid

export interface SmsValidityFact extends DatedFact {
  hours: number;
}

export const SMS_CODE_VALIDITY: readonly SmsValidityFact[] = [
  {
    from: '2017-12-18',
    hours: 48,
    sources: [cite('seed-002', { en: 'Verification code validity', zh: '验证码有效期' }), cite('seed-004', { en: 'Effective Duration of Verification Code', zh: '验证码有效时长' }), cite('seed-003', '§6 step 6')],
  },
  {
    // The earliest dated text giving 24 h is seed 003 §11 (issue 2019-02-19); ALI19 repeats it
    // on 2019-04-17 and every later source agrees.
    from: '2019-02-19',
    hours: 24,
    sources: [
      cite('seed-003', { en: '§11 Verification code validity period', zh: '第11节 验证码有效期' }),
      cite('ALI19', '备案短信核验.md (2019-04-17)'),
      cite('QC'),
      cite('VOLC'),
      cite('HW', 'kb/procedures/备案短信核验.md'),
    ],
    conflict: {
      zh: '较早的文档（阿里云《ICP备案手机号码核验》、京东云短信核验规范、《ICP备案流程》第6节）写 48 小时；《ICP备案流程》第11节（2019-02-19 版）及之后所有来源均为 24 小时，按 24 小时计算。',
      en: 'Older texts (Alibaba Cloud’s “Mobile phone number verification”, JD Cloud’s SMS specification, “ICP Filing Procedures” §6) say 48 hours; “ICP Filing Procedures” §11 (issue 2019-02-19) and every later source say 24 hours, which is used here.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Where to verify

export interface SmsSiteFact extends DatedFact {
  /** Provincial hosts by province id, or one national site for everyone. */
  hosts?: Readonly<Record<string, string>>;
  url?: string;
  /** Where on the page (tab or link label). */
  entry: LocalizedText;
}

export const SMS_SITES: readonly SmsSiteFact[] = [
  {
    from: '2017-12-18',
    // seed 002 uses `hn` for Hainan here; the 2019 sites use `hi` (and `hn` for Hunan).
    hosts: {
      gs: 'gscainfo.miitbeian.gov.cn',
      xz: 'xzcainfo.miitbeian.gov.cn',
      nx: 'nxcainfo.miitbeian.gov.cn',
      hi: 'hncainfo.miitbeian.gov.cn',
      xj: 'xjcainfo.miitbeian.gov.cn',
      qh: 'qhcainfo.miitbeian.gov.cn',
      tj: 'tjcainfo.miitbeian.gov.cn',
    },
    entry: { zh: '“备案短信核验”链接', en: 'the “ICP Filing Text Message Verification” link' },
    sources: [cite('seed-002', { en: 'Mobile phone number verification platforms of the seven provinces', zh: '七省手机号码核验平台' })],
  },
  {
    // Dated by its document year: no source gives old-style hosts for the provinces added in
    // 2018-09, so for them this list is also used before 2019 (flagged `approximate`).
    from: '2019-01-01',
    hosts: Object.fromEntries(PILOT_2018_09_24.map((id) => [id, `${id}.beian.miit.gov.cn`])),
    entry: { zh: '“备案短信核验”链接', en: 'the “Filing SMS Verification” link' },
    sources: [cite('seed-004', { en: 'SMS Verification Platform of Each Province', zh: '各省短信核验平台' }), cite('ALI19', '短信核验.md (2019-08)')],
    conflict: {
      zh: '阿里云 2018 年文档中的 xxcainfo.miitbeian.gov.cn 地址已被 xx.beian.miit.gov.cn（京东云 2019）取代。',
      en: 'The xxcainfo.miitbeian.gov.cn hosts of Alibaba Cloud’s 2018 text were replaced by xx.beian.miit.gov.cn (JD Cloud, 2019).',
    },
  },
  {
    from: '2020-08-17',
    url: 'https://beian.miit.gov.cn/#/Integrated/index',
    entry: { zh: '“短信核验”标签页', en: 'the “短信核验” (SMS verification) tab' },
    sources: [citeAny('DWERA'), cite('QC'), citeAny('MIITFOOTER')],
    conflict: {
      zh: '省级地址 xxcainfo.miitbeian.gov.cn 与 xx.beian.miit.gov.cn 均已停用，统一在工信部备案系统核验。',
      en: 'The provincial hosts xxcainfo.miitbeian.gov.cn and xx.beian.miit.gov.cn are obsolete; verification moved to the national MIIT filing site.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Who sends the code

export interface SmsSender {
  carrier: LocalizedText;
  /** Undefined: no fixed number (virtual operators). */
  number?: string;
}

export interface SmsSenderFact extends DatedFact {
  senders: readonly SmsSender[];
}

export const SMS_SENDERS: readonly SmsSenderFact[] = [
  {
    from: '2017-12-18',
    senders: [
      { carrier: { zh: '中国电信', en: 'China Telecom' }, number: '106598051001' },
      { carrier: { zh: '中国联通', en: 'China Unicom' }, number: '10655113' },
      { carrier: { zh: '中国移动', en: 'China Mobile' }, number: '106575000130' },
      { carrier: { zh: '虚拟运营商（无固定号码）', en: 'Virtual operators (no fixed number)' } },
    ],
    sources: [cite('seed-002', { en: 'Verification code sending number', zh: '验证码发送号码' }), cite('seed-004', { en: 'Sending Number of Verification Code', zh: '验证码发送号码' }), cite('seed-003', '§11'), cite('ALI19', '短信核验.md (2019-08)')],
  },
  {
    from: '2020-08-17',
    senders: [{ carrier: { zh: '所有运营商', en: 'All carriers' }, number: '12381' }],
    sources: [citeAny('CNTS'), citeAny('XQC7')],
    conflict: {
      zh: '2019 年的按运营商发送号码（106598051001 / 10655113 / 106575000130）已不再使用，现由 12381 发送。',
      en: 'The 2019 per-carrier numbers (106598051001 / 10655113 / 106575000130) are no longer used; codes now come from 12381.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Who verifies, by filing type

export type SmsVerifier = 'subject' | 'website';

export interface SmsVerifierFact extends DatedFact {
  byType: Readonly<Record<FilingType, readonly SmsVerifier[]>>;
  /** Per-type notes on how conflicting sources were read. */
  notes: Partial<Record<FilingType, LocalizedText>>;
}

export const SMS_VERIFIERS: readonly SmsVerifierFact[] = [
  {
    from: '2017-12-18',
    byType: {
      new: ['subject', 'website'],
      'new-website': ['website'],
      transfer: ['website'],
      'change-subject': ['subject'],
      'change-website': ['website'],
      'cancel-subject': [],
      'cancel-website': [],
      'cancel-access': [],
      claim: [],
    },
    notes: {
      'cancel-subject': {
        zh: '阿里云 2018 年文档写注销主体需核验主体负责人；京东云（2019）说明“暂不核验，开放时间待定”；《ICP备案流程》第11节为“无需核验”。按未执行处理。',
        en: 'Alibaba Cloud’s 2018 text lists the subject principal for cancellations; JD Cloud (2019) says “not required for the time being”; “ICP Filing Procedures” §11 says no verification. Treated as not enforced.',
      },
      'cancel-website': {
        zh: '阿里云 2018 年文档写需核验网站负责人；京东云（2019）说明暂不核验；《ICP备案流程》第11节为“无需核验”。按未执行处理。',
        en: 'Alibaba Cloud’s 2018 text lists the website principal; JD Cloud (2019) says not required for the time being; “ICP Filing Procedures” §11 says no verification. Treated as not enforced.',
      },
      'cancel-access': {
        zh: '阿里云 2018 年文档写需核验网站负责人；京东云（2019）与《ICP备案流程》第11节为暂不/无需核验。',
        en: 'Alibaba Cloud’s 2018 text lists the website principal; JD Cloud (2019) and “ICP Filing Procedures” §11 say no verification (for now).',
      },
      claim: {
        zh: '认领备案由服务商审核身份证件（《ICP备案流程》第12节），不提交管局短信核验。',
        en: 'A claim is reviewed by the provider from the ID documents (“ICP Filing Procedures” §12); no MIIT SMS verification.',
      },
    },
    sources: [cite('seed-002', { en: 'Verification type', zh: '核验类型' }), cite('seed-004', { en: 'Authentication Type', zh: '核验类型' }), cite('seed-003', { en: '§11 ICP Filing type verification instructions', zh: '第11节 备案类型核验说明' })],
  },
  {
    from: '2020-08-17',
    byType: {
      new: ['subject', 'website'],
      'new-website': ['subject', 'website'],
      transfer: ['website'],
      'change-subject': ['subject'],
      'change-website': ['website'],
      'cancel-subject': ['subject'],
      'cancel-website': ['website'],
      'cancel-access': [],
      claim: [],
    },
    notes: {
      'new-website': {
        zh: '2020 年起新增网站需两位负责人都核验（dwera.cn 2020、青云、火山引擎）；阿里云帮助（2019）曾写只核验网站负责人。',
        en: 'Since 2020 a new website needs both principals (dwera.cn 2020, QingCloud, Volcengine); Alibaba Cloud’s help (2019) said the website principal only.',
      },
      'cancel-subject': {
        zh: '注销主体需主体负责人核验（dwera.cn、青云、火山引擎）；阿里云帮助（2019）曾写无需核验。',
        en: 'Cancelling a subject needs the subject principal (dwera.cn, QingCloud, Volcengine); Alibaba Cloud’s help (2019) said none.',
      },
      'cancel-website': {
        zh: '注销网站需网站负责人核验（dwera.cn、火山引擎）；青云写无需核验，按需要核验处理。',
        en: 'Cancelling a website needs the website principal (dwera.cn, Volcengine); QingCloud says none — verification is assumed.',
      },
      'cancel-access': { zh: '取消接入无需短信核验。', en: 'Cancelling access needs no SMS verification.' },
      claim: {
        zh: '认领备案由服务商审核（《ICP备案流程》第12节），不涉及短信核验。',
        en: 'A claim is reviewed by the provider (“ICP Filing Procedures” §12); no SMS verification.',
      },
    },
    sources: [citeAny('DWERA'), cite('QC'), cite('VOLC'), cite('HW', 'kb/procedures/备案短信核验.md')],
  },
];

// ---------------------------------------------------------------------------------------------
// What to type in

export interface SmsEntryFact extends DatedFact {
  /** What the verification page asks for, in order. */
  enter: readonly LocalizedText[];
  /** What the resend page asks for. */
  resend: readonly LocalizedText[];
}

const CODE: LocalizedText = { zh: '6 位短信验证码', en: 'the 6-digit SMS code' };
const MOBILE: LocalizedText = { zh: '手机号码（联系方式1）', en: 'the mobile number (Contact method 1)' };
const ID6: LocalizedText = { zh: '证件号码后 6 位', en: 'the last 6 digits of the ID number' };

export const SMS_ENTRY: readonly SmsEntryFact[] = [
  {
    from: '2017-12-18',
    enter: [CODE, MOBILE, ID6],
    resend: [MOBILE, ID6],
    sources: [cite('seed-002', { en: 'The mobile phone number of the website administrator is verified', zh: '核验网站负责人的手机号码' })],
  },
  {
    from: '2019-01-01',
    enter: [CODE, MOBILE, ID6, { zh: '图形验证', en: 'the image check' }],
    resend: [MOBILE, ID6, { zh: '图形验证', en: 'the image check' }],
    sources: [cite('seed-004', { en: 'How to Verify by SMS?', zh: '如何进行短信核验' }), cite('seed-003', { en: '§11 SMS message resending process', zh: '第11节 短信重发流程' })],
  },
  {
    from: '2020-08-17',
    enter: [CODE, MOBILE, ID6, { zh: '滑块验证', en: 'the slider check' }],
    resend: [MOBILE, ID6],
    sources: [cite('QC'), citeAny('CNTS')],
  },
];

/** Hong Kong / Macau permit holders: which six characters count as "the last 6 digits". */
export const HK_MACAU_ID_HINT = {
  general: {
    zh: '港澳居民来往内地通行证：填写通行证正面号码的后 6 位。',
    en: 'HK/Macau permit holders: the last 6 characters of the number on the permit’s front.',
  },
  /** Zhejiang wants the HK/Macau identity card number from the permit's back. */
  byProvince: {
    zj: {
      zh: '浙江：填写通行证背面港澳身份证号码的后 6 位，括号用全角，例如 567（8）。',
      en: 'Zhejiang: the last 6 characters of the HK/Macau identity card number on the permit’s back, with full-width brackets, e.g. 567（8）.',
    },
  } as Readonly<Record<string, LocalizedText>>,
  sources: [cite('ALI19', '短信核验.md (2019-08)'), cite('QC'), cite('VOLC')],
};

/** Certificate types counted as HK/Macau permits (by words in the 证件类型 value). */
export const HK_MACAU_ID_TYPE_RE = /港澳|香港|澳门|Hong ?Kong|Macau|Macao|HK/i;

/** Failure handling shared by every era. */
export const SMS_FAILURE = {
  maxWrongAttempts: 5,
  text: {
    zh: '证件号码连续输错 5 次将核验失败，备案被退回；未修改的退回备案可直接重新提交。',
    en: 'Five wrong ID entries fail the verification and the filing is returned; an unchanged returned filing can be resubmitted directly.',
  },
  sources: [cite('seed-002'), cite('seed-003', '§11'), cite('HW', 'kb/procedures/备案短信核验.md'), cite('VOLC')],
};

/** Same mobile = same person = one code (seeds 002, 004, 003 §11). */
export const SMS_ONE_CODE_PER_MOBILE_SOURCES = [
  cite('seed-002', { en: 'Verification code sending principles', zh: '验证码发送原则' }),
  cite('seed-004', { en: 'Sending Principle of Verification Code', zh: '验证码发送原则' }),
  cite('seed-003', '§11'),
];

/** Only Contact method 1 receives the code (never the emergency phone). */
export const SMS_CONTACT1_SOURCES = [cite('seed-002', { en: 'Verification code sending principles', zh: '验证码发送原则' }), cite('seed-003', '§11'), cite('VOLC'), cite('QC')];
