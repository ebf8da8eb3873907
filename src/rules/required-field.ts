import type { FilingType } from '../domain/draft-file';
import { cite } from '../facts/sources';
import type { RuleContext } from './context';
import { defineRule, type Problem } from './rule';

/** Fields marked * on the subject form (seed-003 §2 step 3; ALI19-form). */
const SUBJECT_REQUIRED = [
  'subject.province',
  'subject.nature',
  'subject.certType',
  'subject.certNumber',
  'subject.name',
  'subject.certAddress',
  'subject.mailingAddress',
  'subject.investor',
  'subject.principal.name',
  'subject.principal.idType',
  'subject.principal.idNumber',
  'subject.principal.mobile',
  'subject.principal.email',
] as const;
/** 联系方式2: required for units; individuals need not fill it (ALI19-form). */
const UNIT_ONLY = ['subject.principal.phone'] as const;
/** Fields marked * on the website form. */
const WEBSITE_REQUIRED = ['name', 'domains', 'homepageUrl', 'serviceContent', 'language'] as const;
const WEBSITE_PRINCIPAL_REQUIRED = ['name', 'idType', 'idNumber', 'mobile', 'email'] as const;

const FILLS_SUBJECT: ReadonlySet<FilingType> = new Set(['new', 'transfer', 'change-subject']);
const FILLS_WEBSITE: ReadonlySet<FilingType> = new Set(['new', 'transfer', 'new-website', 'change-website']);

const LABELS: Record<string, [string, string]> = {
  'subject.province': ['主办单位所属区域', 'subject region'],
  'subject.nature': ['主办单位性质', 'subject type'],
  'subject.certType': ['主办单位证件类型', 'subject document type'],
  'subject.certNumber': ['主办单位证件号码', 'subject document number'],
  'subject.name': ['主办单位或主办人名称', 'subject name'],
  'subject.certAddress': ['主办单位证件住所', 'subject document address'],
  'subject.mailingAddress': ['主办单位通讯地址', 'subject mailing address'],
  'subject.investor': ['投资人或主管单位', 'investor or competent unit'],
  name: ['负责人姓名', 'principal name'],
  idType: ['负责人证件类型', 'principal ID type'],
  idNumber: ['负责人证件号码', 'principal ID number'],
  mobile: ['联系方式1（手机）', 'contact method 1 (mobile)'],
  phone: ['联系方式2（办公电话）', 'contact method 2 (office phone)'],
  email: ['电子邮件地址', 'email address'],
  'website.name': ['网站名称', 'website name'],
  'website.domains': ['网站域名', 'domains'],
  'website.homepageUrl': ['网站首页URL', 'homepage URL'],
  'website.serviceContent': ['网站服务内容', 'service content'],
  'website.language': ['网站语言', 'website language'],
};

function label(key: string, sub: string, website: boolean): [string, string] {
  return LABELS[key] ?? LABELS[website ? `website.${sub}` : sub] ?? LABELS[sub] ?? [key, key];
}

export const requiredField = defineRule({
  id: 'required-field',
  since: '2019-02-19',
  severity: 'info',
  fields: ['subject.*', 'website[*].*'],
  description: {
    zh: '提醒尚未填写的必填项（表单中标 * 的字段）；某部分已填写过半时才提示该部分的空缺。',
    en: 'Points out required fields (marked * on the form) still empty, once at least half of that section is filled.',
  },
  messages: {
    missing: {
      zh: '“{label}”是必填项，尚未填写。',
      en: 'The {labelEn} is required and still empty.',
    },
  },
  why: {
    zh: '必填项为空无法提交备案，管局也会因信息不全驳回。',
    en: 'A filing with required fields empty cannot be submitted, and incomplete information is rejected.',
  },
  sources: [cite('seed-003', { en: '§2 steps 1, 3, 4 (fields marked *)', zh: '第2节第1、3、4步（带 * 的字段）' }), cite('ALI19', '-form (联系方式2: 个人备案无需填写)')],
  check(ctx) {
    const out: Problem<'missing'>[] = [];
    const type = ctx.filingType ?? 'new';
    const push = (field: string, [zh, en]: [string, string]) => out.push({ field, messageId: 'missing', params: { label: zh, labelEn: en } });
    if (FILLS_SUBJECT.has(type) && subjectStarted(ctx)) {
      const required: string[] = [...SUBJECT_REQUIRED];
      if (ctx.subjectKind !== undefined && !ctx.isIndividual) required.push(...UNIT_ONLY);
      const missing = required.filter((key) => !ctx.has(key));
      if (mostlyFilled(required.length, missing.length)) {
        for (const key of missing) push(key, label(key, key.replace('subject.principal.', ''), false));
      }
    }
    if (FILLS_WEBSITE.has(type)) {
      for (const i of ctx.websites) checkWebsite(ctx, i, push);
    }
    return out;
  },
});

function checkWebsite(ctx: RuleContext, i: number, push: (field: string, l: [string, string]) => void): void {
  if (!ctx.websiteStarted(i)) return;
  const missing = WEBSITE_REQUIRED.filter((sub) => !ctx.has(ctx.wk(i, sub)));
  if (mostlyFilled(WEBSITE_REQUIRED.length, missing.length)) {
    for (const sub of missing) push(ctx.wk(i, sub), label(`website.${sub}`, sub, true));
  }
  // A website principal of their own ("填写新负责人信息"): their fields are required too.
  if (ctx.hasWebsitePrincipal(i)) {
    const gaps = WEBSITE_PRINCIPAL_REQUIRED.filter((sub) => !ctx.has(ctx.wk(i, `principal.${sub}`)));
    if (mostlyFilled(WEBSITE_PRINCIPAL_REQUIRED.length, gaps.length)) {
      for (const sub of gaps) push(ctx.wk(i, `principal.${sub}`), label(sub, sub, false));
    }
  }
}

function subjectStarted(ctx: RuleContext): boolean {
  for (const key in ctx.fields) if (key.startsWith('subject.') && ctx.has(key)) return true;
  return false;
}

/**
 * Report gaps only once at least half of a section's required fields are filled: while the user
 * is still working down the form, "still empty" on every field ahead would only be noise.
 */
function mostlyFilled(required: number, missing: number): boolean {
  return missing > 0 && (required - missing) * 2 >= required;
}
