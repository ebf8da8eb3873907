import type { Lang } from './localized';
import { parseFieldKey } from './field-keys';

/**
 * What the user calls each field (the providers' form labels, CONTRACT.md), in both product
 * languages: the UI shows these, never the canonical keys.
 */
type Names = Record<string, readonly [zh: string, en: string]>;

const SUBJECT: Names = {
  province: ['主办单位所属区域（省）', 'Subject region (province)'],
  city: ['主办单位所属区域（市）', 'Subject region (city)'],
  district: ['主办单位所属区域（区县）', 'Subject region (district)'],
  nature: ['主办单位性质', 'Subject type'],
  certType: ['主办单位证件类型', 'Subject document type'],
  certNumber: ['主办单位证件号码', 'Subject document number'],
  name: ['主办单位或主办人名称', 'Subject name'],
  certAddress: ['主办单位证件住所', 'Subject document address'],
  mailingAddress: ['主办单位通讯地址', 'Subject mailing address'],
  investor: ['投资人或主管单位', 'Investor or competent unit'],
  remarks: ['主办单位备注', 'Subject remarks'],
  certValidUntil: ['主办单位证件有效期', 'Subject document valid until'],
};

const WEBSITE: Names = {
  name: ['网站名称', 'Website name'],
  domains: ['网站域名', 'Domain names'],
  homepageUrl: ['网站首页URL', 'Homepage URL'],
  serviceContent: ['网站服务内容', 'Service content'],
  language: ['网站语言', 'Website language'],
  preApproval: ['前置或专项审批内容类型', 'Pre-approval type'],
  remarks: ['网站备注', 'Website remarks'],
  icpNumber: ['网站备案号', 'ICP filing number'],
};

const PRINCIPAL: Names = {
  name: ['姓名', 'name'],
  idType: ['证件类型', 'ID type'],
  idNumber: ['证件号码', 'ID number'],
  mobile: ['联系方式1（手机）', 'contact method 1 (mobile)'],
  phone: ['联系方式2（办公电话）', 'contact method 2 (office phone)'],
  emergencyPhone: ['应急联系电话', 'emergency phone'],
  email: ['电子邮件地址', 'email address'],
  idValidUntil: ['证件有效期', 'ID valid until'],
};

const WHO: Names = {
  subject: ['主办单位负责人', 'Subject principal'],
  website: ['网站负责人', 'Website principal'],
};

const OTHER = ['其他字段', 'Other field'] as const;

/** The field's name for people, e.g. `网站负责人 联系方式1（手机）`, `Website 2: Website name`. */
export function fieldName(key: string, lang: Lang): string {
  const i = lang === 'zh' ? 0 : 1;
  const p = parseFieldKey(key);
  if (!p) return OTHER[i];
  const principal = /^principal\.(\w+)$/.exec(p.sub)?.[1];
  const own = principal ? PRINCIPAL[principal] : (p.section === 'subject' ? SUBJECT : WEBSITE)[p.sub];
  if (!own) return OTHER[i];
  const name = principal ? `${WHO[p.section]![i]}${lang === 'zh' ? '' : ' '}${own[i]}` : own[i];
  // The second and later websites of one filing are numbered as the forms show them.
  return p.index > 0 ? (lang === 'zh' ? `网站${p.index + 1}：${name}` : `Website ${p.index + 1}: ${name}`) : name;
}
