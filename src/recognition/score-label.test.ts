import { describe, expect, it } from 'vitest';
import { forEachVariant, matchSection, PERSON_FIELDS, PERSON_ROLES } from './label-dictionary';
import { hasCjk, normalizeLabel } from './normalize';
import { bestLabel, dictionaryIndexSize, partialScore, scoreAttribute, scoreLabel, scoreNormalized } from './score-label';

/** The person role prefixes and field suffixes, as written in the dictionary. */
const roles = Object.values(PERSON_ROLES).flatMap((packed) => packed.split('|'));
const suffixes = Object.values(PERSON_FIELDS).flatMap((packed) => packed.split('|'));

describe('normalizeLabel', () => {
  it('drops required marks, colons, whitespace, brackets and prompt words', () => {
    expect(normalizeLabel(' * 联系方式1： ')).toBe('联系方式1');
    expect(normalizeLabel('＊电子邮件地址:')).toBe('电子邮件地址');
    expect(normalizeLabel('服务名称（网站）')).toBe('服务名称');
    expect(normalizeLabel('请输入网站名称')).toBe('网站名称');
    expect(normalizeLabel('Contact method 1:')).toBe('contactmethod1');
    expect(normalizeLabel('E-mail')).toBe('email');
  });
});

describe('scoreLabel', () => {
  const best = (t: string): string | undefined => bestLabel(t)?.key;

  it('maps the Alibaba 2019 labels', () => {
    expect(best('* 主办单位所属区域:')).toBe('subject.region');
    expect(best('主办单位性质')).toBe('subject.nature');
    expect(best('主办单位证件类型')).toBe('subject.certType');
    expect(best('主办单位证件号码：')).toBe('subject.certNumber');
    expect(best('主办单位或主办人名称')).toBe('subject.name');
    expect(best('主办单位证件住所')).toBe('subject.certAddress');
    expect(best('主办单位通讯地址')).toBe('subject.mailingAddress');
    expect(best('投资人或主管单位')).toBe('subject.investor');
    expect(best('负责人姓名')).toBe('principal.name');
    expect(best('负责人证件类型')).toBe('principal.idType');
    expect(best('负责人证件号码')).toBe('principal.idNumber');
    expect(best('联系方式1')).toBe('principal.mobile');
    expect(best('联系方式2')).toBe('principal.phone');
    expect(best('应急联系人电话')).toBe('principal.emergencyPhone');
    expect(best('电子邮件地址')).toBe('principal.email');
    expect(best('网站名称')).toBe('website.name');
    expect(best('已验证域名')).toBe('website.domains');
    expect(best('网站首页URL')).toBe('website.homepageUrl');
    expect(best('网站服务内容')).toBe('website.serviceContent');
    expect(best('网站语言')).toBe('website.language');
    expect(best('前置或专项审批内容类型')).toBe('website.preApproval');
    expect(best('网站备案号')).toBe('website.icpNumber');
    expect(best('备注')).toBe('remarks');
    expect(best('证件号码')).toBe('cert.number');
  });

  it('maps the new MIIT wording and explicit person labels', () => {
    expect(best('服务名称')).toBe('website.name');
    expect(best('互联网信息服务负责人姓名')).toBe('website.principal.name');
    expect(best('网站负责人证件号码')).toBe('website.principal.idNumber');
    expect(best('主体负责人姓名')).toBe('subject.principal.name');
  });

  it('maps English labels', () => {
    expect(best('Subject region')).toBe('subject.region');
    expect(best('Contact method 1')).toBe('principal.mobile');
    expect(best('Office phone number')).toBe('principal.phone');
    expect(best('Emergency phone')).toBe('principal.emergencyPhone');
    expect(best('Website administrator name')).toBe('website.principal.name');
    expect(best('Entity leader name')).toBe('subject.principal.name');
    expect(best('Subject document number')).toBe('subject.certNumber');
    expect(best('Homepage URL')).toBe('website.homepageUrl');
  });

  it('recognises the secrets', () => {
    expect(best('验证码')).toBe('secret.code');
    expect(best('手机验证码')).toBe('secret.smsCode');
    expect(best('短信验证码')).toBe('secret.smsCode');
    expect(best('ICP备案密码')).toBe('secret.icpPassword');
    expect(best('图片验证码')).toBe('secret.captcha');
  });

  it('scores a contained label lower than an exact one, and short variants only exactly', () => {
    const exact = scoreLabel('网站名称')[0]!.score;
    const placeholder = scoreLabel('请填写您的网站名称吧')[0]!;
    expect(placeholder.key).toBe('website.name');
    expect(placeholder.score).toBeLessThan(exact);
    expect(best('产品名称')).toBeUndefined(); // "名称" alone never matches inside
    expect(best('newsletter name')).toBeUndefined();
    expect(scoreLabel('')).toEqual([]);
  });

  it('prefers the longest specific label', () => {
    expect(best('主办单位负责人联系方式1')).toBe('subject.principal.mobile');
  });

  it('reads name/id tokens as weak evidence', () => {
    expect(scoreAttribute('leader_email')?.key).toBe('principal.email');
    expect(scoreAttribute('emergencyPhone')?.key).toBe('principal.emergencyPhone');
    expect(scoreAttribute('foo')).toBeUndefined();
  });
});

describe('matchSection', () => {
  it('classifies section headings, old and new wording', () => {
    expect(matchSection('主办单位信息')).toBe('subject');
    expect(matchSection('主办单位负责人信息')).toBe('subjectPrincipal');
    expect(matchSection('网站基本信息')).toBe('website');
    expect(matchSection('网站负责人信息')).toBe('websitePrincipal');
    expect(matchSection('互联网信息服务负责人')).toBe('websitePrincipal');
    expect(matchSection('互联网信息服务')).toBe('website');
    expect(matchSection('Website administrator information')).toBe('websitePrincipal');
    expect(matchSection('填写主体信息 (请务必填写真实有效信息)')).toBe('subject');
    expect(matchSection('网站负责人信息（网站2）')).toBe('websitePrincipal');
    expect(matchSection('网站名称')).toBeUndefined();
    expect(matchSection('网站')).toBeUndefined();
  });
});

describe('scoreNormalized against a plain scan of the whole dictionary', () => {
  // The reference: every variant in dictionary order, exact matches first, then each position
  // of the text; the index (exact map, partial variants by their first two characters) must
  // give the same keys, scores and order.
  const variants: Array<{ key: string; text: string; weight: number }> = [];
  forEachVariant((key, text, weight) => {
    if (text) variants.push({ key, text, weight });
  });
  const reference = (t: string): Array<{ key: string; score: number }> => {
    const best = new Map<string, number>();
    const offer = (key: string, score: number): void => {
      if (score > (best.get(key) ?? 0)) best.set(key, score);
    };
    for (const v of variants) if (v.text === t) offer(v.key, v.weight);
    for (let i = 0; i < t.length; i++) {
      for (const v of variants) {
        const partial = v.text.length >= 6 || (v.text.length >= 3 && hasCjk(v.text));
        if (partial && v.text.length < t.length && t.startsWith(v.text, i)) offer(v.key, partialScore(t.length, v.text.length, i, v.weight));
      }
    }
    return [...best].map(([key, score]) => ({ key, score })).sort((a, b) => b.score - a.score);
  };

  it('gives the same for every variant, with prompt words and hints around it, and pairs of them', () => {
    const texts = new Set<string>();
    for (const v of variants) for (const t of [v.text, `请输入${v.text}`, `${v.text}信息`, `网站${v.text}`, `x${v.text}y`]) texts.add(t);
    for (let i = 0; i < variants.length; i += 7) texts.add(variants[i]!.text + variants[(i * 13) % variants.length]!.text);
    for (const t of texts) expect(scoreNormalized(t), t).toEqual(reference(t));
  });

  it('gives the same for person labels: roles and fields in every mix, overlapping roles, two persons in one text', () => {
    const texts = new Set<string>();
    for (const r of roles) {
      texts.add(r);
      texts.add(`请选择${r}`);
      for (const s of suffixes) {
        texts.add(r + s);
        texts.add(`${r}的${s}`);
        texts.add(`${s}${r}`);
      }
      // A role inside another (websiteadmin / websiteadministrator, 服务负责人 / 互联网信息服务负责人)
      // and two persons in one text: several roles at once, their keys in dictionary order.
      for (const r2 of roles) texts.add(r + r2 + suffixes[(r.length * 7 + r2.length) % suffixes.length]!);
    }
    expect(texts.size).toBeGreaterThan(1000);
    for (const t of texts) expect(scoreNormalized(t), t).toEqual(reference(t));
  });
});

describe('dictionary index', () => {
  it('holds the person roles, not every role + field pair', () => {
    let all = 0;
    forEachVariant((_k, text) => {
      if (text) all++;
    });
    const pairs = roles.length * suffixes.length;
    expect(pairs).toBeGreaterThan(700);
    const size = dictionaryIndexSize();
    // Exact texts: the plain variants only; partial candidates: those plus one per role.
    expect(size.exact).toBeLessThanOrEqual(all - pairs);
    expect(size.partial).toBeLessThanOrEqual(all - pairs + roles.length);
  });
});
