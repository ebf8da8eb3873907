/**
 * The documents one filing needs (issue 15): computed from the draft's filing type, subject
 * nature, province, principals and the day judged. Pure; every item says why and cites its
 * source. What the draft cannot tell (is the subject principal the legal representative? is
 * the ID card local?) becomes a `conditional` item with its condition, never a guess.
 */
import type { FieldValues, FilingType } from '../domain/draft-file';
import { websiteIndexes, websiteKey } from '../domain/field-keys';
import type { LocalizedText } from '../domain/localized';
import { inForce as factInForce } from '../facts/dated-facts';
import {
  AUTHORISATION_PROVINCES,
  DOMAIN_CERTIFICATES,
  PROVINCE_EXTRAS,
  type DocumentKind,
} from '../facts/document-upload';
import { RESIDENCE_PROOF } from '../facts/person-rules';
import { findProvince, type Province } from '../facts/provinces';
import { cite } from '../facts/sources';
import { isIndividual, personIdentity, subjectPrincipal, websitePrincipals, type Principal } from '../planner/principals';

export interface ChecklistInput {
  filingType: FilingType;
  fields: FieldValues;
  /** Beijing day (YYYY-MM-DD) the facts are judged on. */
  day: string;
  /** The user's answer in the popup; undefined = not answered (the 授权书 stays conditional). */
  subjectPrincipalIsLegalRep?: boolean;
}

export interface ChecklistItem {
  /** Stable within the filing (ticks are saved under it), e.g. `id-card:website.principal`. */
  id: string;
  kind: DocumentKind;
  title: LocalizedText;
  why: LocalizedText;
  sources: string[];
  /** `conditional`: needed only when `when` holds, which the draft cannot tell. */
  need: 'required' | 'conditional';
  when?: LocalizedText;
}

const SEED_UPLOAD = cite('seed-003', '§2 step 5');
const NONE_RE = /^(无|否|没有|不涉及|none|no|n\/a)?$/i;

function text(fields: FieldValues, key: string): string | undefined {
  const v = fields[key];
  const t = typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.join('、').trim() : '';
  return t === '' ? undefined : t;
}

function list(fields: FieldValues, key: string): string[] {
  const v = fields[key];
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\s,，;；、]+/) : [];
  return raw.map((s) => s.trim().toLowerCase()).filter(Boolean);
}

function who(p: Principal): LocalizedText {
  const role: LocalizedText =
    p.role === 'subject'
      ? { zh: '主体负责人', en: 'the subject principal' }
      : { zh: `网站${p.index > 0 ? ` ${p.index + 1} ` : ''}负责人`, en: `the principal of website ${p.index + 1}` };
  return p.name ? { zh: `${role.zh}${p.name}`, en: `${role.en} ${p.name}` } : role;
}

function subjectCertificate(fields: FieldValues): ChecklistItem {
  const cert = text(fields, 'subject.certType');
  return {
    id: 'subject-certificate',
    kind: 'subject-certificate',
    need: 'required',
    title: cert
      ? { zh: `主体证件：${cert}（原件彩色照片或扫描件，有效期 3 个月以上）`, en: `The subject's certificate: ${cert} (colour photo or scan of the original, valid for more than 3 months)` }
      : { zh: '主体证件（如营业执照，原件彩色照片或扫描件，有效期 3 个月以上）', en: "The subject's certificate (e.g. business licence: colour photo or scan of the original, valid for more than 3 months)" },
    why: { zh: '管局核对主办单位与证件一致；证件不清晰、不完整或快过期会被驳回。', en: 'The administration checks the subject against its certificate; an unclear, incomplete or expiring one is rejected.' },
    sources: [SEED_UPLOAD, cite('JD23', { en: 'certificate validity > 3 months', zh: '证件有效期 3 个月以上' })],
  };
}

function idCards(fields: FieldValues, claim: boolean): ChecklistItem[] {
  const people = claim ? [subjectPrincipal(fields)] : [subjectPrincipal(fields), ...websitePrincipals(fields)];
  const seen = new Set<string>();
  const out: ChecklistItem[] = [];
  for (const p of people) {
    // The same person (same mobile or ID number) uploads one ID card.
    const identity = personIdentity(p);
    if (p.inherited || seen.has(identity)) continue;
    seen.add(identity);
    const w = who(p);
    const idType = p.idType ?? '身份证';
    out.push({
      id: `id-card:${p.prefix}`,
      kind: 'id-card',
      need: 'required',
      title: { zh: `${w.zh}的${idType}：最新签发的一张，正反面`, en: `ID card of ${w.en} (${idType}): the most recently issued one, both sides` },
      why: {
        zh: '有多张身份证时必须上传最新签发的一张，否则管局自动驳回。',
        en: 'With several ID cards the most recently issued one must be uploaded; the administration rejects older ones automatically.',
      },
      sources: [cite('seed-001'), SEED_UPLOAD],
    });
  }
  return out;
}

function authenticityStatement(province: Province | undefined): ChecklistItem {
  const zj = province?.id === 'zj';
  const sh = province?.id === 'sh';
  return {
    id: 'authenticity-statement',
    kind: 'authenticity-statement',
    need: 'required',
    title: zj
      ? { zh: '网站备案信息真实性核验单（每个域名一份，黑色签字笔填写签字）', en: 'Authenticity statement (核验单), one per domain, filled in and signed in black pen' }
      : { zh: '网站备案信息真实性核验单（黑色签字笔填写签字）', en: 'Authenticity statement (核验单), filled in and signed in black pen' },
    why: sh
      ? { zh: '核验单是必交材料；上海要求核验单日期在 3 个月内。', en: 'The statement is always required; Shanghai wants it dated within the last 3 months.' }
      : { zh: '核验单是必交材料，要求因省份和备案类型而异。', en: 'The statement is always required; its details vary by province and filing type.' },
    sources: [SEED_UPLOAD, ...(zj ? [cite('JD23', { en: 'Zhejiang (one 核验单 per domain)', zh: '浙江（每个域名一份核验单）' })] : []), ...(sh ? [cite('QC', { en: 'Shanghai (核验单 within 3 months)', zh: '上海（核验单 3 个月内有效）' })] : [])],
  };
}

function authorisationLetters(input: ChecklistInput, province: Province | undefined): ChecklistItem[] {
  const { fields } = input;
  if (isIndividual(fields)) return [];
  const subject = subjectPrincipal(fields);
  const subjectId = personIdentity(subject);
  const provinceSource = province ? AUTHORISATION_PROVINCES[province.id] : undefined;
  const sources = [cite('ALI19', '-prov 授权书'), cite('JD23', '授权书'), ...(provinceSource ? [provinceSource] : [])];
  const why: LocalizedText = {
    zh: '负责人不是法定代表人时，须由法定代表人签字盖章授权，否则管局驳回。',
    en: 'A principal who is not the legal representative needs a letter signed and sealed by the legal representative, or the administration rejects the filing.',
  };
  const out: ChecklistItem[] = [];
  const seen = new Set<string>([subjectId]);
  for (const p of websitePrincipals(fields)) {
    const identity = personIdentity(p);
    // Empty website principal: unknown person, nothing to say yet.
    if (p.mobile === undefined && p.idNumber === undefined && p.name === undefined) continue;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const w = who(p);
    out.push({
      id: `authorisation-letter:${p.prefix}`,
      kind: 'authorisation-letter',
      need: 'required',
      title: { zh: `授权书：${w.zh}不是主体负责人（法定代表人）`, en: `Letter of authorisation (授权书): ${w.en} is not the subject principal (legal representative)` },
      why,
      sources,
    });
  }
  const legalRep = input.subjectPrincipalIsLegalRep;
  if (legalRep !== true) {
    const w = who(subject);
    out.push({
      id: 'authorisation-letter:subject.principal',
      kind: 'authorisation-letter',
      need: legalRep === false ? 'required' : 'conditional',
      title: { zh: `授权书：${w.zh}不是法定代表人`, en: `Letter of authorisation (授权书): ${w.en} is not the legal representative` },
      ...(legalRep === false ? {} : { when: { zh: '仅当主体负责人不是法定代表人时', en: 'only if the subject principal is not the legal representative' } }),
      why,
      sources,
    });
  }
  // Beijing: with any 授权书 also the legal representative's ID card.
  if (province?.id === 'bj' && out.length > 0) {
    const required = out.some((i) => i.need === 'required');
    out.push({
      id: 'legal-rep-id',
      kind: 'legal-rep-id',
      need: required ? 'required' : 'conditional',
      title: { zh: '法定代表人身份证（正反面）', en: "The legal representative's ID card (both sides)" },
      ...(required ? {} : { when: { zh: '仅当需要授权书时', en: 'only if a letter of authorisation is needed' } }),
      why: { zh: '北京管局要求授权书同时附法定代表人身份证。', en: "Beijing wants the legal representative's ID card with every letter of authorisation." },
      sources: [AUTHORISATION_PROVINCES.bj!],
    });
  }
  return out;
}

function domainCertificates(fields: FieldValues, province: Province | undefined): ChecklistItem[] {
  const rule = province ? DOMAIN_CERTIFICATES[province.id] : undefined;
  if (!rule) return [];
  const domains = [...new Set(websiteIndexes(Object.keys(fields)).flatMap((i) => list(fields, websiteKey(i, 'domains'))))];
  const why: LocalizedText = {
    zh: `${province!.short}管局要求提供域名证书（向域名注册商索取，持有者须与主办单位一致）。`,
    en: `${province!.en} asks for the domain certificates (from the registrar; the holder must be the subject).`,
  };
  const sources = [rule.source, SEED_UPLOAD];
  // Domains not entered yet: say so only where every domain needs one (a count cannot be guessed).
  if (domains.length === 0) {
    return rule.minDomains <= 1
      ? [{ id: 'domain-certificate', kind: 'domain-certificate', need: 'required', title: { zh: '每个域名的域名证书', en: 'A domain certificate for every domain' }, why, sources }]
      : [];
  }
  if (domains.length < rule.minDomains) return [];
  return domains.map((d) => ({
    id: `domain-certificate:${d}`,
    kind: 'domain-certificate' as const,
    need: 'required' as const,
    title: { zh: `域名证书：${d}`, en: `Domain certificate: ${d}` },
    why,
    sources,
  }));
}

function preApprovals(fields: FieldValues): ChecklistItem[] {
  return websiteIndexes(Object.keys(fields)).flatMap((i) => {
    const v = text(fields, websiteKey(i, 'preApproval'));
    if (v === undefined || NONE_RE.test(v)) return [];
    return [
      {
        id: `pre-approval:${websiteKey(i, 'preApproval')}`,
        kind: 'pre-approval' as const,
        need: 'required' as const,
        title: { zh: `前置审批文件：${v}（网站 ${i + 1}）`, en: `Pre-approval documents: ${v} (website ${i + 1})` },
        why: { zh: '网站涉及前置审批内容时，须提交主管部门的审批文件。', en: 'A website with pre-approval content needs the competent authority’s approval documents.' },
        sources: [cite('seed-003', '§2 step 4')],
      },
    ];
  });
}

function residenceProof(input: ChecklistInput, province: Province | undefined): ChecklistItem[] {
  if (!province || !isIndividual(input.fields)) return [];
  const fact = RESIDENCE_PROOF[province.id];
  if (!fact || (fact.since !== undefined && input.day < fact.since)) return [];
  const id = subjectPrincipal(input.fields).idNumber;
  const known = id !== undefined && /^\d{17}[\dXx]$/.test(id);
  if (known && id.startsWith(province.gb)) return [];
  return [
    {
      id: 'residence-proof',
      kind: 'residence-proof',
      need: known ? 'required' : 'conditional',
      title: { zh: `${province.short}居住证或居住证明`, en: `Residence permit or proof of residence in ${province.en}` },
      ...(known ? {} : { when: { zh: `仅当身份证不是${province.short}签发时`, en: `only if the ID card was not issued in ${province.en}` } }),
      why: {
        zh: `${province.short}管局要求非本地个人提供居住证明。${fact.note ? ` ${fact.note}` : ''}`,
        en: `${province.en} asks non-local individuals for proof of residence.${fact.note ? ` ${fact.note}` : ''}`,
      },
      sources: [fact.source],
    },
  ];
}

function provinceExtras(input: ChecklistInput, province: Province | undefined): ChecklistItem[] {
  if (!province) return [];
  const individual = isIndividual(input.fields);
  const websites = websiteIndexes(Object.keys(input.fields)).length;
  return PROVINCE_EXTRAS.filter(
    (x) =>
      x.province === province.id &&
      factInForce([x], input.day) !== undefined &&
      (x.subjects === undefined || (x.subjects === 'individuals') === individual) &&
      (x.filingTypes === undefined || x.filingTypes.includes(input.filingType)) &&
      (x.minWebsites === undefined || websites >= x.minWebsites),
  ).map((x) => ({ id: `province:${x.id}`, kind: x.kind, need: 'required' as const, title: x.title, why: x.why, sources: [...x.sources] }));
}

/** The checklist of one filing, in the order the providers' upload pages ask for them. */
export function documentChecklist(input: ChecklistInput): ChecklistItem[] {
  const province = findProvince(text(input.fields, 'subject.province'));
  if (input.filingType === 'claim') return idCards(input.fields, true);
  const individual = isIndividual(input.fields);
  return [
    // An individual's certificate is the ID card listed next.
    ...(individual ? [] : [subjectCertificate(input.fields)]),
    ...idCards(input.fields, false),
    authenticityStatement(province),
    ...authorisationLetters(input, province),
    ...domainCertificates(input.fields, province),
    ...preApprovals(input.fields),
    ...residenceProof(input, province),
    ...provinceExtras(input, province),
  ];
}
