/**
 * `sms-verification` steps: one per distinct mobile number that must verify, judged by the
 * facts in force on the plan's day (src/facts/sms-verification.ts).
 */
import type { LocalizedText } from '../../domain/localized';
import { inForce } from '../../facts/dated-facts';
import {
  HK_MACAU_ID_HINT,
  HK_MACAU_ID_TYPE_RE,
  SMS_CODE_VALIDITY,
  SMS_CONTACT1_SOURCES,
  SMS_ENTRY,
  SMS_FAILURE,
  SMS_ONE_CODE_PER_MOBILE_SOURCES,
  SMS_SCOPE,
  SMS_SENDERS,
  SMS_SITES,
  SMS_VERIFIERS,
  type SmsSiteFact,
  type SmsVerifier,
} from '../../facts/sms-verification';
import { SMS_ARRIVAL, SMS_AUTO_RESEND } from '../../facts/timelines';
import { addHours, chinaDay, noonNextChinaDay, parseDateOrUndefined } from '../china-time';
import { settle, type PlanContext } from '../context';
import { subjectPrincipal, websitePrincipals, type Principal } from '../principals';
import type { PlannerStep } from '../types';

export interface SmsSite {
  url: string;
  entry: LocalizedText;
  approximate?: boolean;
  sources: readonly string[];
  conflict?: LocalizedText;
}

function siteFor(fact: SmsSiteFact, provinceId: string | undefined): string | undefined {
  if (fact.url) return fact.url;
  const host = provinceId ? fact.hosts?.[provinceId] : undefined;
  return host ? `http://${host}` : undefined;
}

/**
 * The verification site on `day` for a province: the newest dated site covering it, else the
 * earliest later one (marked approximate: no source gives that province's site for the day).
 */
export function smsSiteOn(day: string, provinceId: string | undefined): SmsSite | undefined {
  const covering = SMS_SITES.filter((f) => siteFor(f, provinceId) !== undefined);
  const current = inForce(covering, day);
  const fact = current ?? [...covering].sort((a, b) => a.from.localeCompare(b.from)).find((f) => f.from > day);
  if (!fact) return undefined;
  return { url: siteFor(fact, provinceId)!, entry: fact.entry, approximate: current ? undefined : true, sources: fact.sources, conflict: fact.conflict };
}

/** Whether MIIT SMS verification applies on `day` in the province (undefined province: unknown). */
export function smsRequiredIn(day: string, provinceId: string | undefined): boolean {
  const scope = inForce(SMS_SCOPE, day);
  if (!scope) return false;
  if (scope.provinces === 'all') return true;
  return provinceId !== undefined && scope.provinces.includes(provinceId);
}

/** Who must verify on `day` for a filing type. */
export function smsVerifiersOn(day: string, filingType: PlanContext['filingType']): readonly SmsVerifier[] {
  return inForce(SMS_VERIFIERS, day)?.byType[filingType] ?? [];
}

function lastSix(idNumber: string | undefined): string | undefined {
  if (!idNumber) return undefined;
  const compact = idNumber.replace(/\s/g, '');
  return compact.length >= 6 ? compact.slice(-6).toUpperCase() : undefined;
}

interface Group {
  mobile?: string;
  people: Principal[];
}

/** Same mobile = same person = one code; people without a mobile yet get a step each. */
function groupByMobile(people: Principal[]): Group[] {
  const groups = new Map<string, Group>();
  for (const p of people) {
    const id = p.mobile !== undefined ? `m:${p.mobile}` : `p:${p.prefix}`;
    const g = groups.get(id);
    if (g) g.people.push(p);
    else groups.set(id, { mobile: p.mobile, people: [p] });
  }
  return [...groups.values()];
}

function uniqueText(list: (LocalizedText | undefined)[]): LocalizedText[] {
  const seen = new Set<string>();
  const out: LocalizedText[] = [];
  for (const t of list) {
    if (!t || seen.has(t.en)) continue;
    seen.add(t.en);
    out.push(t);
  }
  return out;
}

function whoText(people: Principal[]): LocalizedText {
  const subject = people.some((p) => p.role === 'subject');
  const website = people.some((p) => p.role === 'website');
  if (subject && website) return { zh: '主体负责人兼网站负责人', en: 'subject and website principal' };
  if (subject) return { zh: '主体负责人', en: 'subject principal' };
  return { zh: '网站负责人', en: 'website principal' };
}

/**
 * Why there is no SMS step although the filing type is verified elsewhere (pilot era, province
 * not in the pilot) — said on the administration review, so the absence is never silent.
 */
export function smsNotRequiredNote(ctx: PlanContext): { note: LocalizedText; sources: readonly string[] } | undefined {
  const provinceId = ctx.province?.id;
  if (smsRequiredIn(ctx.processDay, provinceId)) return undefined;
  if (smsVerifiersOn(ctx.processDay, ctx.filingType).length === 0) return undefined;
  const scope = inForce(SMS_SCOPE, ctx.processDay);
  if (!scope) return undefined;
  const where = ctx.province ? { zh: ctx.province.name, en: ctx.province.en } : { zh: '（未识别的省份）', en: '(province not recognised)' };
  return {
    note: {
      zh: `${ctx.processDay}${ctx.processDay !== ctx.day ? '（提交管局之日）' : ''} 时工信部短信核验仅在试点省份实行，${where.zh}${ctx.province ? '不在其中' : '无法判断'}；2020-08-17 起全国实行。`,
      en: `On ${ctx.processDay}${ctx.processDay !== ctx.day ? ' (the day the filing was submitted)' : ''} MIIT SMS verification applied only in the pilot provinces; ${where.en} ${ctx.province ? 'was not one of them' : 'cannot be checked'}. It became nationwide on 2020-08-17.`,
    },
    sources: scope.sources,
  };
}

/** When the code for `mobile` was sent, if the user recorded it (per mobile wins over overall). */
function smsSentAt(ctx: PlanContext, mobile: string | undefined): Date | undefined {
  const byMobile = mobile !== undefined ? ctx.progress.smsSentAtByMobile?.[mobile] : undefined;
  return parseDateOrUndefined(byMobile ?? ctx.progress.smsSentAt);
}

/** The day the code's validity is judged on: the sent day, unless that lies after the plan's day. */
function sentDay(ctx: PlanContext, sentAt: Date): string {
  const d = chinaDay(sentAt);
  return d < ctx.day ? d : ctx.day;
}

export function smsSteps(ctx: PlanContext): PlannerStep[] {
  const provinceId = ctx.province?.id;
  if (!smsRequiredIn(ctx.processDay, provinceId)) return [];
  const verifiers = smsVerifiersOn(ctx.processDay, ctx.filingType);
  if (verifiers.length === 0) return [];

  const people: Principal[] = [];
  if (verifiers.includes('subject')) people.push(subjectPrincipal(ctx.fields));
  if (verifiers.includes('website')) people.push(...websitePrincipals(ctx.fields));

  const scope = inForce(SMS_SCOPE, ctx.processDay)!;
  const validity = inForce(SMS_CODE_VALIDITY, ctx.processDay)!;
  const senders = inForce(SMS_SENDERS, ctx.processDay)!;
  const entry = inForce(SMS_ENTRY, ctx.processDay)!;
  const verifierFact = inForce(SMS_VERIFIERS, ctx.processDay)!;
  const site = smsSiteOn(ctx.processDay, provinceId);

  return groupByMobile(people).map((g) => {
    const fields = g.people.map((p) => `${p.prefix}.mobile`);
    const key = g.mobile !== undefined ? `sms-verification:${g.mobile}` : `sms-verification:${g.people[0]!.prefix}`;
    const who = whoText(g.people);
    const idType = g.people.find((p) => p.idType)?.idType;
    const hkMacau = idType !== undefined && HK_MACAU_ID_TYPE_RE.test(idType);
    const idHint = hkMacau ? (provinceId ? HK_MACAU_ID_HINT.byProvince[provinceId] : undefined) ?? HK_MACAU_ID_HINT.general : undefined;
    const idLast6 = hkMacau ? undefined : lastSix(g.people.find((p) => p.idNumber)?.idNumber);

    // Known sending time: the code's validity is that of the sent day and runs from it.
    const sentAt = smsSentAt(ctx, g.mobile);
    const codeValidity = sentAt ? (inForce(SMS_CODE_VALIDITY, sentDay(ctx, sentAt)) ?? validity) : validity;
    const deadline = sentAt
      ? addHours(sentAt, codeValidity.hours).toISOString()
      : ctx.submittedAt ? addHours(ctx.submittedAt, validity.hours).toISOString() : undefined;
    const expectedAt = sentAt
      ? sentAt.toISOString()
      : ctx.submittedAt ? new Date(ctx.submittedAt.getTime() + SMS_ARRIVAL.typicalMinutes * 60_000).toISOString() : undefined;
    const from = sentAt ?? ctx.submittedAt;
    const resendAt = from ? noonNextChinaDay(from).toISOString() : undefined;
    const mobileText = g.mobile ?? '';
    const siteText: LocalizedText = site
      ? { zh: `${site.url}（${site.entry.zh}）`, en: `${site.url} (${site.entry.en})` }
      : { zh: '所在省通信管理局网站', en: 'the provincial communications administration’s site' };

    const detail: LocalizedText = g.mobile !== undefined
      ? {
          zh: `服务商提交管局后约 ${SMS_ARRIVAL.typicalMinutes} 分钟，${who.zh}的手机 ${mobileText}（联系方式1）会收到工信部短信验证码。请在 ${codeValidity.hours} 小时内到 ${siteText.zh} 填写：${entry.enter.map((e) => e.zh).join('、')}。未核验会在次日 ${SMS_AUTO_RESEND.hourBeijing}:00 自动重发一次；超时或核验失败备案将被退回。`,
          en: `About ${SMS_ARRIVAL.typicalMinutes} minutes after the provider submits the filing to the administration, the ${who.en}’s mobile ${mobileText} (Contact method 1) receives an MIIT SMS code. Within ${codeValidity.hours} hours, enter at ${siteText.en}: ${entry.enter.map((e) => e.en).join(', ')}. An unused code is resent once at ${SMS_AUTO_RESEND.hourBeijing}:00 the next day; if the time runs out or verification fails, the filing is returned.`,
        }
      : {
          zh: `${who.zh}的联系方式1尚未填写：工信部短信验证码只发送到联系方式1，请填写本人实名的手机号码。提交管局后需在 ${validity.hours} 小时内完成核验。`,
          en: `The ${who.en}’s Contact method 1 is not filled in yet: the MIIT code goes only to Contact method 1, so enter a mobile in that person’s own name. After submission the code must be verified within ${validity.hours} hours.`,
        };

    const notes = uniqueText([
      idHint,
      g.people.length > 1
        ? { zh: '两位负责人使用同一手机号，视为同一人，只需核验一次。', en: 'Both principals use the same mobile, so they count as one person and verify once.' }
        : undefined,
      g.people.some((p) => p.inherited)
        ? { zh: '个人备案的网站负责人即主体负责人。', en: 'In an individual filing the website principal is the subject principal.' }
        : undefined,
      verifierFact.notes[ctx.filingType],
      codeValidity.conflict,
      scope.conflict,
      site?.conflict,
      site?.approximate
        ? { zh: '没有来源给出该省此日期的核验网址，显示的是最接近的已知地址。', en: 'No source gives this province’s site for this date; the nearest known address is shown.' }
        : undefined,
      senders.conflict,
      SMS_FAILURE.text,
    ]);

    return settle(
      {
        id: 'sms-verification',
        key,
        stage: 'sms',
        kind: 'action',
        status: ctx.submittedAt || sentAt ? 'open' : 'upcoming',
        title: g.mobile !== undefined
          ? { zh: `短信核验：${mobileText}`, en: `SMS verification: ${mobileText}` }
          : { zh: `短信核验：${who.zh}（手机号未填写）`, en: `SMS verification: ${who.en} (mobile not filled in)` },
        detail,
        who: g.people.some((p) => p.role === 'subject') ? 'subject-principal' : 'website-principal',
        ...(g.mobile !== undefined ? { mobile: g.mobile } : {}),
        fields,
        ...(site ? { link: { url: site.url, label: site.entry }, site: { url: site.url, entry: site.entry, ...(site.approximate ? { approximate: true } : {}) } } : {}),
        enter: [...entry.enter],
        resend: [...entry.resend],
        ...(idLast6 ? { idLast6 } : {}),
        senders: [...senders.senders],
        validityHours: codeValidity.hours,
        ...(deadline ? { deadline, expectedAt, resendAt } : {}),
        notes,
        sources: [
          ...new Set([
            ...scope.sources,
            ...verifierFact.sources,
            ...codeValidity.sources,
            ...(site?.sources ?? []),
            ...senders.sources,
            ...entry.sources,
            ...SMS_ONE_CODE_PER_MOBILE_SOURCES,
            ...SMS_CONTACT1_SOURCES,
            ...(idHint ? HK_MACAU_ID_HINT.sources : []),
          ]),
        ],
      },
      ctx,
    );
  });
}
