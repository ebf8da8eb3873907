import { describe, expect, it } from 'vitest';
import { FILING_TYPES, type FilingType, type FieldValues } from '../domain/draft-file';
import { FIXED_STEP_IDS, PlannedStepSchema, type StepProgress } from '../domain/step';
import { PROVINCES } from '../facts/provinces';
import { currentStage, outstandingSteps, planSteps, type PlannerStep } from './plan-steps';
import { stageIndex } from './stages';

const A = '13800138000';
const B = '13900139000';
const C = '13700137000';

function fields(province: string, extra: FieldValues = {}): FieldValues {
  return {
    'subject.province': province,
    'subject.nature': '企业',
    'subject.name': '示例科技有限公司',
    'subject.principal.name': '张三',
    'subject.principal.idType': '身份证',
    'subject.principal.idNumber': '11010519491231002X',
    'subject.principal.mobile': A,
    'website.name': '示例科技官网',
    'website.principal.name': '李四',
    'website.principal.idType': '身份证',
    'website.principal.idNumber': '440524188001010014',
    'website.principal.mobile': B,
    ...extra,
  };
}

function plan(filingType: FilingType, f: FieldValues, asOf: string, progress?: StepProgress, now?: Date): PlannerStep[] {
  return planSteps({ filingType, fields: f }, { asOf, progress, now });
}

const sms = (steps: PlannerStep[]) => steps.filter((s) => s.id === 'sms-verification');
const smsMobiles = (steps: PlannerStep[]) => sms(steps).map((s) => s.mobile).sort();
const ids = (steps: PlannerStep[]) => steps.map((s) => s.id);

describe('SMS verification scope by province and date', () => {
  it.each([
    // province, asOf, required?
    ['天津市', '2017-12-17', false],
    ['天津市', '2017-12-18', true],
    ['青海', '2018-01-10', true],
    ['海南省', '2018-01-10', true],
    ['浙江省', '2018-09-09', false],
    ['浙江省', '2018-09-10', true],
    ['云南省', '2018-09-10', true],
    ['山东省', '2018-09-23', false],
    ['山东省', '2018-09-24', true],
    ['内蒙古自治区', '2018-09-24', true],
    ['湖北省', '2019-06-01', true],
    ['北京市', '2019-06-01', false],
    ['广东省', '2019-06-01', false],
    ['上海市', '2020-08-16', false],
    ['北京市', '2020-08-17', true],
    ['广东省', '2024-01-01', true],
    ['Jiangsu', '2021-05-05', true],
    ['tj', '2018-01-01', true],
  ] as const)('%s on %s → required %s', (province, asOf, required) => {
    const steps = plan('new', fields(province), asOf);
    expect(sms(steps).length).toBe(required ? 2 : 0);
  });

  it('covers exactly 22 provinces on 2019-06-01 and all 31 from 2020-08-17', () => {
    const required = (asOf: string) =>
      PROVINCES.filter((p) => sms(plan('new', fields(p.name), asOf)).length > 0).map((p) => p.id).sort();
    expect(required('2019-06-01')).toEqual(
      ['tj', 'gs', 'xz', 'nx', 'hi', 'xj', 'qh', 'zj', 'sc', 'fj', 'sn', 'cq', 'gx', 'yn', 'sd', 'ha', 'ah', 'hn', 'sx', 'hl', 'nm', 'hb'].sort(),
    );
    expect(required('2018-09-10')).toHaveLength(14);
    expect(required('2018-01-01')).toHaveLength(7);
    expect(required('2020-08-17')).toHaveLength(31);
  });

  it('unknown province: no step in the pilot era, a step with the national site once nationwide', () => {
    expect(sms(plan('new', fields(''), '2019-06-01'))).toHaveLength(0);
    const later = sms(plan('new', fields(''), '2021-06-01'));
    expect(later).toHaveLength(2);
    expect(later[0]!.link?.url).toBe('https://beian.miit.gov.cn/#/Integrated/index');
  });

  it('says why there is no SMS step outside the pilot provinces', () => {
    const note = (province: string, asOf: string, type: FilingType = 'new') =>
      plan(type, fields(province), asOf).find((s) => s.id === 'admin-review')!.notes?.some((n) => n.en.includes('applied only in the pilot provinces')) ?? false;
    expect(note('北京市', '2019-06-01')).toBe(true);
    expect(note('天津市', '2019-06-01')).toBe(false);
    expect(note('北京市', '2021-06-01')).toBe(false);
    expect(note('北京市', '2019-06-01', 'cancel-access')).toBe(false);
  });

  it('accepts asOf as a Date', () => {
    const steps = planSteps({ filingType: 'new', fields: fields('北京市') }, { asOf: new Date('2020-08-16T17:00:00Z') });
    expect(sms(steps)).toHaveLength(2); // 2020-08-17 01:00 in Beijing
  });
});

describe('who verifies, by filing type and era (one code per distinct mobile)', () => {
  const pilot: Record<FilingType, string[]> = {
    new: [A, B],
    'new-website': [B],
    transfer: [B],
    'change-subject': [A],
    'change-website': [B],
    'cancel-subject': [],
    'cancel-website': [],
    'cancel-access': [],
    claim: [],
  };
  const nationwide: Record<FilingType, string[]> = {
    new: [A, B],
    'new-website': [A, B],
    transfer: [B],
    'change-subject': [A],
    'change-website': [B],
    'cancel-subject': [A],
    'cancel-website': [B],
    'cancel-access': [],
    claim: [],
  };
  it.each(FILING_TYPES.map((t) => [t, pilot[t]] as const))('2019, Tianjin, %s → %j', (type, expected) => {
    expect(smsMobiles(plan(type, fields('天津市'), '2019-06-01'))).toEqual([...expected].sort());
  });
  it.each(FILING_TYPES.map((t) => [t, nationwide[t]] as const))('2021, Beijing, %s → %j', (type, expected) => {
    expect(smsMobiles(plan(type, fields('北京市'), '2021-06-01'))).toEqual([...expected].sort());
  });

  it('records the conflicting sources as a note (new website 2021, cancellations 2019)', () => {
    const newSite = sms(plan('new-website', fields('北京市'), '2021-06-01'))[0]!;
    expect(newSite.notes?.some((n) => n.en.includes('Alibaba Cloud’s help (2019) said the website principal only'))).toBe(true);
  });
});

describe('same mobile = same person = one code', () => {
  it.each([
    ['identical', A, A],
    ['spaces and +86', A, '+86 138 0013 8000'],
    ['dashes', A, '138-0013-8000'],
  ])('%s numbers give one step with both fields', (_label, subject, website) => {
    const steps = sms(plan('new', fields('天津市', { 'subject.principal.mobile': subject, 'website.principal.mobile': website }), '2019-06-01'));
    expect(steps).toHaveLength(1);
    expect(steps[0]!.mobile).toBe(A);
    expect(steps[0]!.key).toBe(`sms-verification:${A}`);
    expect(steps[0]!.fields).toEqual(['subject.principal.mobile', 'website.principal.mobile']);
    expect(steps[0]!.who).toBe('subject-principal');
    expect(steps[0]!.notes?.[0]?.en).toMatch(/same mobile/);
  });

  it('counts the principals of every website', () => {
    const f = fields('北京市', { 'website[1].name': '第二个网站', 'website[1].principal.mobile': C, 'website[2].principal.mobile': A });
    expect(smsMobiles(plan('new', f, '2021-06-01'))).toEqual([A, B, C].sort());
  });

  it('a principal without a mobile yet gets a placeholder step keyed by field', () => {
    const f = fields('北京市');
    delete f['website.principal.mobile'];
    const steps = sms(plan('new', f, '2021-06-01'));
    expect(steps.map((s) => s.key)).toEqual([`sms-verification:${A}`, 'sms-verification:website.principal']);
    expect(steps[1]!.mobile).toBeUndefined();
    expect(steps[1]!.detail.en).toMatch(/not filled in/);
  });

  it('individual filings: an empty website principal is the subject principal', () => {
    const f = fields('北京市', { 'subject.nature': '个人' });
    delete f['website.principal.mobile'];
    const steps = sms(plan('new', f, '2021-06-01'));
    expect(steps).toHaveLength(1);
    expect(steps[0]!.fields).toEqual(['subject.principal.mobile', 'website.principal.mobile']);
  });
});

describe('code validity, deadline and resend', () => {
  it.each([
    // submitted, judged on, hours: the code's validity is that of the day it was sent.
    ['2018-06-01T10:00:00+08:00', '2018-06-01', 48],
    ['2019-02-18T10:00:00+08:00', '2019-02-18', 48],
    ['2019-02-18T10:00:00+08:00', '2019-02-19', 48],
    ['2019-02-18T10:00:00+08:00', '2026-06-01', 48],
    ['2019-02-19T10:00:00+08:00', '2019-02-19', 24],
    ['2021-06-01T10:00:00+08:00', '2021-06-01', 24],
  ] as const)('sent %s, judged %s → %i hours', (submitted, asOf, hours) => {
    const s = sms(plan('new', fields('天津市'), asOf, { done: {}, submittedToAdminAt: submitted }))[0]!;
    expect(s.validityHours).toBe(hours);
    expect(s.deadline).toBe(new Date(Date.parse(submitted) + hours * 3600_000).toISOString());
    expect(s.detail.en).toContain(`Within ${hours} hours`);
    // Never silently: the 24 h figure carries the note about the older 48 h texts.
    expect(s.notes?.some((n) => n.en.includes('say 48 hours'))).toBe(hours === 24);
  });

  it('issue 13 #3: a Tianjin code sent 2019-02-18 stays 48 h with that day’s senders and site when judged 2019-02-19', () => {
    const f = { 'subject.province': '天津市', 'subject.nature': '企业', 'subject.principal.mobile': '13820012345', 'website.principal.mobile': '15822012345' };
    const progress = { done: {}, submittedToAdminAt: '2019-02-18T10:00:00+08:00' };
    const then = sms(plan('new', f, '2019-02-18', progress));
    const later = sms(plan('new', f, '2019-02-19', progress));
    expect(later.map((s) => s.validityHours)).toEqual([48, 48]);
    expect(later.map((s) => [s.senders, s.site, s.deadline])).toEqual(then.map((s) => [s.senders, s.site, s.deadline]));
    // Not yet submitted: judged on the day itself.
    expect(sms(plan('new', f, '2019-02-19')).map((s) => s.validityHours)).toEqual([24, 24]);
  });

  it('issue 13 #4: a Beijing filing submitted 2020-08-16 gets no SMS step when judged 2020-08-17', () => {
    const progress = { done: {}, submittedToAdminAt: '2020-08-16T10:00:00+08:00' };
    expect(sms(plan('new', fields('北京市'), '2020-08-17', progress))).toEqual([]);
    expect(smsMobiles(plan('new', fields('北京市'), '2020-08-17'))).toEqual([A, B]);
    expect(smsMobiles(plan('new', fields('北京市'), '2020-08-17', { done: {}, submittedToAdminAt: '2020-08-17T09:00:00+08:00' }))).toEqual([A, B]);
  });

  it('with the SMS sent time the deadline runs from it, and the validity is that of the sent day (overall and per mobile)', () => {
    const submitted = '2019-02-18T23:50:00+08:00';
    const late = '2019-02-19T00:30:00+08:00';
    const overall = sms(plan('new', fields('天津市'), '2019-02-20', { done: {}, submittedToAdminAt: submitted, smsSentAt: late }));
    expect(overall.map((s) => [s.validityHours, s.deadline])).toEqual([
      [24, '2019-02-19T16:30:00.000Z'],
      [24, '2019-02-19T16:30:00.000Z'],
    ]);
    expect(overall[0]!.expectedAt).toBe('2019-02-18T16:30:00.000Z');
    expect(overall[0]!.resendAt).toBe('2019-02-20T04:00:00.000Z');
    expect(overall[0]!.detail.en).toContain('Within 24 hours');
    // Per mobile wins for its mobile; the other keeps the overall time.
    const perMobile = sms(
      plan('new', fields('天津市'), '2019-02-20', { done: {}, submittedToAdminAt: submitted, smsSentAt: late, smsSentAtByMobile: { [A]: '2019-02-18T23:55:00+08:00' } }),
    );
    expect(perMobile.map((s) => [s.mobile, s.validityHours, s.deadline])).toEqual([
      [A, 48, '2019-02-20T15:55:00.000Z'],
      [B, 24, '2019-02-19T16:30:00.000Z'],
    ]);
    // Without it: from the submission, with the submission day's validity (unchanged).
    expect(sms(plan('new', fields('天津市'), '2019-02-20', { done: {}, submittedToAdminAt: submitted }))[0]!.deadline).toBe('2019-02-20T15:50:00.000Z');
  });

  it('a recorded SMS sent time gives the deadline even when the submission time is not recorded', () => {
    const s = sms(plan('new', fields('北京市'), '2021-06-01', { done: {}, smsSentAt: '2021-06-01T10:00:00+08:00' }))[0]!;
    expect([s.validityHours, s.deadline, s.resendAt]).toEqual([24, '2021-06-02T02:00:00.000Z', '2021-06-02T04:00:00.000Z']);
  });

  it('computes arrival (+5 min) and the automatic resend at noon the next Beijing day', () => {
    const s = sms(plan('new', fields('北京市'), '2021-06-01', { done: {}, submittedToAdminAt: '2021-06-01T23:30:00+08:00' }))[0]!;
    expect(s.expectedAt).toBe('2021-06-01T15:35:00.000Z');
    expect(s.resendAt).toBe('2021-06-02T04:00:00.000Z');
    expect(s.deadline).toBe('2021-06-02T15:30:00.000Z');
  });

  it('status: upcoming before submission, open within the window, overdue after it, done when ticked', () => {
    const f = fields('北京市');
    const p = { done: {}, submittedToAdminAt: '2021-06-01T10:00:00+08:00' };
    expect(sms(plan('new', f, '2021-06-01'))[0]!.status).toBe('upcoming');
    expect(sms(plan('new', f, '2021-06-01', p, new Date('2021-06-01T12:00:00+08:00')))[0]!.status).toBe('open');
    expect(sms(plan('new', f, '2021-06-01', p, new Date('2021-06-02T10:00:01+08:00')))[0]!.status).toBe('overdue');
    const ticked = plan('new', f, '2021-06-01', { ...p, done: { [`sms-verification:${A}`]: true } }, new Date('2021-06-03T00:00:00+08:00'));
    expect(sms(ticked).map((s) => [s.mobile, s.status, s.done])).toEqual([
      [A, 'done', true],
      [B, 'overdue', false],
    ]);
  });
});

describe('verification site, senders and what to enter', () => {
  it.each([
    ['天津市', '2018-06-01', 'http://tjcainfo.miitbeian.gov.cn', false],
    ['海南省', '2018-06-01', 'http://hncainfo.miitbeian.gov.cn', false],
    ['海南省', '2019-06-01', 'http://hi.beian.miit.gov.cn', false],
    ['湖南省', '2019-06-01', 'http://hn.beian.miit.gov.cn', false],
    ['浙江省', '2018-10-01', 'http://zj.beian.miit.gov.cn', true],
    ['陕西省', '2019-06-01', 'http://sn.beian.miit.gov.cn', false],
    ['陕西省', '2020-08-17', 'https://beian.miit.gov.cn/#/Integrated/index', false],
    ['广东省', '2026-01-01', 'https://beian.miit.gov.cn/#/Integrated/index', false],
  ] as const)('%s on %s → %s (approximate %s)', (province, asOf, url, approximate) => {
    const s = sms(plan('new', fields(province), asOf))[0]!;
    expect(s.link?.url).toBe(url);
    expect(s.site?.url).toBe(url);
    expect(s.site?.approximate === true).toBe(approximate);
  });

  it('senders: per-carrier numbers in 2019, 12381 after 2020', () => {
    const old = sms(plan('new', fields('天津市'), '2019-06-01'))[0]!;
    expect(old.senders?.map((x) => x.number).filter(Boolean)).toEqual(['106598051001', '10655113', '106575000130']);
    const now = sms(plan('new', fields('天津市'), '2021-06-01'))[0]!;
    expect(now.senders?.map((x) => x.number)).toEqual(['12381']);
    expect(now.notes?.some((n) => n.en.includes('106598051001'))).toBe(true);
  });

  it('what to enter: code, mobile, last six ID digits (+ the check of the era)', () => {
    const s = sms(plan('new', fields('北京市'), '2021-06-01'))[0]!;
    expect(s.enter?.map((e) => e.en)).toEqual(['the 6-digit SMS code', 'the mobile number (Contact method 1)', 'the last 6 digits of the ID number', 'the slider check']);
    expect(s.idLast6).toBe('31002X');
    expect(sms(plan('new', fields('天津市'), '2018-06-01'))[0]!.enter).toHaveLength(3);
  });

  it('HK/Macau permit holders get the permit hint, Zhejiang the back-side ID variant', () => {
    const hk = { 'subject.principal.idType': '港澳居民来往内地通行证', 'subject.principal.idNumber': 'H12345678' };
    const bj = sms(plan('change-subject', fields('北京市', hk), '2021-06-01'))[0]!;
    expect(bj.notes?.[0]?.en).toMatch(/permit’s front/);
    expect(bj.idLast6).toBeUndefined();
    const zj = sms(plan('change-subject', fields('浙江省', hk), '2021-06-01'))[0]!;
    expect(zj.notes?.[0]?.zh).toContain('567（8）');
  });
});

describe('Shanghai app window and the principal photo', () => {
  it.each([
    ['上海市', '2019-02-18', 'principal-photo'],
    // Seed 003 (issue 2019-02-19, §2 step 7 and §13) already requires the SHCA app.
    ['上海市', '2019-02-19', 'shca-app-verification'],
    ['上海市', '2019-04-10', 'shca-app-verification'],
    ['上海市', '2019-04-11', 'shca-app-verification'],
    ['上海市', '2019-04-22', 'shca-app-verification'],
    ['上海市', '2019-04-23', 'principal-photo'],
    ['北京市', '2019-04-15', 'principal-photo'],
    ['上海市', '2024-01-01', 'principal-photo'],
  ] as const)('%s on %s → %s', (province, asOf, expected) => {
    const steps = plan('new', fields(province), asOf);
    const verification = steps.filter((s) => s.id === 'principal-photo' || s.id === 'shca-app-verification');
    expect(verification.map((s) => s.id)).toEqual([expected]);
    expect(verification[0]!.who).toBe('website-principal');
  });

  it('the SHCA step carries the website principal’s mobile and the app instructions', () => {
    const s = plan('new', fields('上海市'), '2019-04-15').find((x) => x.id === 'shca-app-verification')!;
    expect(s.mobile).toBe(B);
    expect(s.requirements?.length).toBeGreaterThanOrEqual(4);
    expect(s.stage).toBe('verify');
  });

  it('Shanghai after the suspension verifies in the provider app, not with a backdrop (issue 13 #1)', () => {
    const f = { 'subject.province': '上海市', 'subject.nature': '企业', 'website.principal.name': '吴敏', 'website.principal.mobile': '13611712345' };
    const s = plan('new', f, '2019-05-10').find((x) => x.id === 'principal-photo')!;
    expect(s.title.en).toBe('Face verification: website principal 吴敏');
    expect(s.detail.en).toContain('suspended');
    expect(s.sources.some((x) => x.includes('关于上海地区用户备案APP临时调整的通知'))).toBe(true);
    // Elsewhere the backdrop photo still applied then.
    expect(plan('new', { ...f, 'subject.province': '北京市' }, '2019-05-10').find((x) => x.id === 'principal-photo')!.title.en).toBe('Backdrop photo: website principal 吴敏');
  });

  it('Shanghai before 2019-04-11 uses the SHCA app by seed 003, and says which source dates what (issue 13 #2)', () => {
    const f = { 'subject.province': '上海市', 'subject.nature': '企业', 'website.principal.name': '吴敏', 'website.principal.mobile': '13611712345' };
    const s = plan('new', f, '2019-03-15').find((x) => x.id === 'shca-app-verification')!;
    expect(s.sources.some((x) => x.startsWith('seed-003 §13'))).toBe(true);
    expect(s.notes?.[0]?.en).toContain('2019-04-11');
  });

  it('a Shanghai filing submitted before the suspension keeps the SHCA step when judged later', () => {
    const steps = plan('new', fields('上海市'), '2019-05-10', { done: {}, submittedToAdminAt: '2019-04-20T10:00:00+08:00' });
    expect(steps.filter((s) => s.id === 'shca-app-verification')).toHaveLength(1);
  });

  it('backdrop photo after the provider review (2019), face check during upload (2022)', () => {
    const old = plan('new', fields('北京市'), '2019-06-01').find((x) => x.id === 'principal-photo')!;
    expect([old.stage, old.title.en]).toEqual(['verify', 'Backdrop photo: website principal 李四']);
    const now = plan('new', fields('北京市'), '2022-06-01').find((x) => x.id === 'principal-photo')!;
    expect([now.stage, now.title.en]).toEqual(['upload', 'Face verification: website principal 李四']);
  });

  it('one photo step per distinct website principal', () => {
    const f = fields('北京市', { 'website[1].principal.name': '王五', 'website[1].principal.mobile': C, 'website[2].principal.mobile': B });
    expect(plan('new', f, '2021-06-01').filter((s) => s.id === 'principal-photo').map((s) => s.key)).toEqual([
      'principal-photo:website.principal',
      'principal-photo:website[1].principal',
    ]);
  });
});

describe('steps by filing type', () => {
  it.each([
    ['new', ['domain-readiness', 'document-upload', 'provider-review', 'principal-photo', 'sms-verification', 'sms-verification', 'admin-review', 'psb-filing', 'icp-number-footer', 'keep-filing-current', 'order-validity']],
    ['new-website', ['domain-readiness', 'document-upload', 'provider-review', 'principal-photo', 'sms-verification', 'sms-verification', 'admin-review', 'psb-filing', 'icp-number-footer', 'keep-filing-current', 'order-validity']],
    ['transfer', ['domain-readiness', 'transfer-update-first', 'document-upload', 'provider-review', 'principal-photo', 'sms-verification', 'admin-review', 'keep-filing-current', 'order-validity']],
    ['change-subject', ['document-upload', 'provider-review', 'principal-photo', 'sms-verification', 'admin-review', 'keep-filing-current', 'order-validity']],
    ['change-website', ['domain-readiness', 'document-upload', 'provider-review', 'principal-photo', 'sms-verification', 'admin-review', 'keep-filing-current', 'order-validity']],
    ['cancel-subject', ['sms-verification', 'admin-review']],
    ['cancel-website', ['sms-verification', 'admin-review']],
    ['cancel-access', ['admin-review']],
    ['claim', ['document-upload', 'provider-review']],
  ] as const)('%s (Beijing, 2021) → %j', (type, expected) => {
    expect(ids(plan(type, fields('北京市'), '2021-06-01'))).toEqual(expected);
  });

  it('every step is a valid PlannedStep with bilingual text, sources and a known id', () => {
    const known = new Set<string>([...FIXED_STEP_IDS, 'commercial-licence', 'order-validity', 'domain-readiness', 'transfer-update-first', 'icp-number-footer', 'keep-filing-current']);
    for (const type of FILING_TYPES) {
      for (const asOf of ['2018-06-01', '2019-04-15', '2021-06-01', '2026-01-01']) {
        for (const province of ['上海市', '天津市', '浙江省']) {
          const steps = plan(type, fields(province, { 'website.serviceContent': ['网上商城'] }), asOf);
          for (const s of steps) {
            expect(PlannedStepSchema.safeParse(s).success).toBe(true);
            expect(known.has(s.id)).toBe(true);
            expect(s.title.zh && s.title.en && s.detail.zh && s.detail.en).toBeTruthy();
            expect(s.sources.length).toBeGreaterThan(0);
          }
          expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
          // Process order: stages never go backwards, reminders last.
          const process = steps.filter((s) => s.kind !== 'reminder').map((s) => stageIndex(s.stage));
          expect(process).toEqual([...process].sort((a, b) => a - b));
          const firstReminder = steps.findIndex((s) => s.kind === 'reminder');
          if (firstReminder >= 0) expect(steps.slice(firstReminder).every((s) => s.kind === 'reminder')).toBe(true);
        }
      }
    }
  });
});

describe('timelines', () => {
  it('PSB filing: due 30 days after the site opens; only for new websites', () => {
    const open = plan('new', fields('北京市'), '2021-06-01').find((s) => s.id === 'psb-filing')!;
    expect([open.status, open.deadline]).toEqual(['upcoming', undefined]);
    const p = { done: {}, siteOpenedAt: '2021-07-01T09:00:00+08:00' };
    const due = plan('new', fields('北京市'), '2021-07-02', p).find((s) => s.id === 'psb-filing')!;
    expect([due.status, due.deadline]).toEqual(['open', '2021-07-31T01:00:00.000Z']);
    const late = plan('new', fields('北京市'), '2021-08-01', p).find((s) => s.id === 'psb-filing')!;
    expect(late.status).toBe('overdue');
    expect(plan('transfer', fields('北京市'), '2021-06-01').some((s) => s.id === 'psb-filing')).toBe(false);
  });

  it('order validity: 45 days from creation, done once approved', () => {
    const p = { done: {}, orderCreatedAt: '2021-06-01T10:00:00+08:00' };
    const s = plan('new', fields('北京市'), '2021-06-01', p).find((x) => x.id === 'order-validity')!;
    expect(s.deadline).toBe('2021-07-16T02:00:00.000Z');
    const approved = plan('new', fields('北京市'), '2021-08-01', { ...p, done: { 'admin-review': true } }).find((x) => x.id === 'order-validity')!;
    expect(approved.done).toBe(true);
  });

  it.each([
    ['2019-06-01', 3, 20],
    ['2024-06-01', 1, 20],
  ] as const)('administration review on %s: %i-%i working days', (asOf, min, max) => {
    const s = plan('new', fields('北京市'), asOf).find((x) => x.id === 'admin-review')!;
    expect(s.expected).toMatchObject({ minWorkingDays: min, maxWorkingDays: max });
    expect(s.detail.en).toContain(`${min}-${max} working days`);
  });

  it('administration review window skips weekends', () => {
    // Friday 2024-05-31 10:00 Beijing: +1 working day → Monday, +20 → Friday 2024-06-28.
    const s = plan('new', fields('北京市'), '2024-05-31', { done: {}, submittedToAdminAt: '2024-05-31T10:00:00+08:00' }).find((x) => x.id === 'admin-review')!;
    expect(s.expected?.earliest).toBe('2024-06-03T02:00:00.000Z');
    expect(s.expected?.latest).toBe('2024-06-28T02:00:00.000Z');
  });
});

describe('commercial licence', () => {
  it.each([
    [{ 'website.serviceContent': ['网上商城'] }, true],
    [{ 'website.serviceContent': ['电子商务'] }, true],
    [{ 'website[1].name': 'Example online store' }, true],
    [{ 'website.serviceContent': ['博客/个人空间'] }, false],
    [{}, false],
    // issue 13 #5: a negated mention is no claim of e-commerce.
    [{ 'subject.nature': '个人', 'website.remarks': '本网站为个人网站，主要内容为观影记录，不涉及任何经营性内容。' }, false],
    [{ 'website.remarks': '本站为非经营性网站，不提供在线交易。' }, false],
    [{ 'website.remarks': 'A personal blog with no e-commerce.' }, false],
    [{ 'website.remarks': '不涉及论坛，本站提供网上销售服务。' }, true],
  ] as const)('%j → %s', (extra, expected) => {
    const steps = plan('new', fields('北京市', extra as FieldValues), '2021-06-01');
    expect(steps.some((s) => s.id === 'commercial-licence')).toBe(expected);
  });

  it('transfers and cancellations before 2020-08-17 warn about the ICP password once', () => {
    const old = plan('cancel-subject', fields('北京市'), '2019-06-01');
    expect(old[0]!.notes?.[0]?.en).toMatch(/ICP filing password/);
    expect(old.flatMap((s) => s.notes ?? []).filter((n) => /ICP filing password/.test(n.en))).toHaveLength(1);
    expect(plan('transfer', fields('北京市'), '2019-06-01')[0]!.notes?.[0]?.en).toMatch(/ICP filing password/);
    expect(plan('cancel-subject', fields('北京市'), '2021-06-01').flatMap((s) => s.notes ?? []).some((n) => /ICP filing password/.test(n.en))).toBe(false);
    expect(plan('new', fields('北京市'), '2019-06-01').flatMap((s) => s.notes ?? []).some((n) => /ICP filing password/.test(n.en))).toBe(false);
  });

  it('adds the province IP requirement', () => {
    const s = plan('new', fields('北京市', { 'website.serviceContent': ['网上商城'] }), '2021-06-01').find((x) => x.id === 'commercial-licence')!;
    expect(s.notes?.[0]?.en).toMatch(/Beijing IPs/);
  });
});

describe('the agreements at the final submission (seed 001)', () => {
  const agreement = (steps: PlannerStep[]) => steps.find((s) => s.id === 'document-upload')!.requirements?.find((r) => /Commitment Letter/.test(r.en));

  it('the upload step asks to read and accept the commitment letter and the information-security agreement, cited', () => {
    const step = plan('new', fields('北京市'), '2025-10-01').find((s) => s.id === 'document-upload')!;
    const r = agreement([step])!;
    expect(r.zh).toContain('ICP备案承诺书');
    expect(r.zh).toContain('信息安全管理协议');
    expect(r.en).toMatch(/Information Security Management Agreement/);
    expect(step.sources.some((s) => s.startsWith('seed-001 final submission for preliminary review'))).toBe(true);
  });

  it('is dated: not before seed 001 applies, and not for a claim', () => {
    expect(agreement(plan('new', fields('北京市'), '2019-06-01'))).toBeUndefined();
    expect(agreement(plan('claim', fields('北京市'), '2025-10-01'))).toBeUndefined();
    expect(agreement(plan('change-website', fields('北京市'), '2025-10-01'))).toBeDefined();
  });
});

describe('progress, outstanding steps and the current stage', () => {
  it('submission to the administration implies the provider steps are done; an explicit untick wins', () => {
    const p = { done: { 'provider-review': false }, submittedToAdminAt: '2021-06-01T10:00:00+08:00' };
    const steps = plan('new', fields('北京市'), '2021-06-01', p);
    expect(steps.find((s) => s.id === 'document-upload')!.done).toBe(true);
    expect(steps.find((s) => s.id === 'principal-photo')!.done).toBe(true);
    expect(steps.find((s) => s.id === 'provider-review')!.done).toBe(false);
  });

  it('steps wait (upcoming) while an earlier stage is not done', () => {
    const status = (progress: StepProgress) =>
      Object.fromEntries(plan('new', fields('北京市'), '2019-06-01', progress).filter((s) => s.kind !== 'reminder').map((s) => [s.id, s.status]));
    expect(status({ done: {} })).toEqual({ 'domain-readiness': 'open', 'document-upload': 'open', 'provider-review': 'upcoming', 'principal-photo': 'upcoming', 'admin-review': 'upcoming', 'psb-filing': 'upcoming', 'icp-number-footer': 'upcoming' });
    expect(status({ done: { 'document-upload': true } })).toMatchObject({ 'document-upload': 'done', 'provider-review': 'open', 'principal-photo': 'upcoming' });
    expect(status({ done: { 'document-upload': true, 'provider-review': true } })).toMatchObject({ 'principal-photo': 'open', 'admin-review': 'upcoming' });
    expect(status({ done: {}, submittedToAdminAt: '2019-06-01T10:00:00+08:00' })).toMatchObject({ 'principal-photo': 'done', 'admin-review': 'open' });
  });

  it('outstandingSteps keeps only steps not done', () => {
    const steps = plan('new', fields('天津市'), '2019-06-01', { done: { 'document-upload': true, [`sms-verification:${B}`]: true } });
    expect(outstandingSteps(steps).map((s) => s.key)).toEqual(['domain-readiness', 'provider-review', 'principal-photo:website.principal', `sms-verification:${A}`, 'admin-review', 'psb-filing', 'icp-number-footer', 'keep-filing-current', 'order-validity']);
  });

  const cs = (f: FieldValues, asOf: string, progress?: StepProgress, type: FilingType = 'new') =>
    currentStage({ filingType: type, fields: f }, progress, { asOf });
  it.each([
    ['empty draft', {}, '2019-06-01', undefined, 'fill'],
    ['basics filled', fields('天津市'), '2019-06-01', undefined, 'upload'],
    ['uploaded', fields('天津市'), '2019-06-01', { done: { 'document-upload': true } }, 'provider-review'],
    ['reviewed', fields('天津市'), '2019-06-01', { done: { 'document-upload': true, 'provider-review': true } }, 'verify'],
    ['photo done, not yet submitted', fields('天津市'), '2019-06-01', { done: { 'document-upload': true, 'provider-review': true, 'principal-photo:website.principal': true } }, 'submit'],
    ['submitted, SMS pilot province', fields('天津市'), '2019-06-01', { done: {}, submittedToAdminAt: '2019-06-01T10:00:00+08:00' }, 'sms'],
    ['submitted, no SMS in Beijing 2019', fields('北京市'), '2019-06-01', { done: {}, submittedToAdminAt: '2019-06-01T10:00:00+08:00' }, 'admin-review'],
    ['SMS done', fields('天津市'), '2019-06-01', { done: { [`sms-verification:${A}`]: true, [`sms-verification:${B}`]: true }, submittedToAdminAt: '2019-06-01T10:00:00+08:00' }, 'admin-review'],
    ['approved', fields('北京市'), '2019-06-01', { done: { 'admin-review': true }, submittedToAdminAt: '2019-06-01T10:00:00+08:00' }, 'complete'],
  ] as const)('%s → %s', (_label, f, asOf, progress, expected) => {
    expect(cs(f as FieldValues, asOf, progress as StepProgress | undefined)).toBe(expected);
    // The options-object call style gives the same answer.
    expect(currentStage({ filingType: 'new', fields: f as FieldValues }, { asOf, progress: progress as StepProgress | undefined })).toBe(expected);
  });
});

describe('domain readiness and after approval (issue 13)', () => {
  const find = (steps: PlannerStep[], id: string) => steps.find((s) => s.id === id);

  it('domain readiness lists holder, real name, expiry, privacy, waiting and closed site, with province specifics', () => {
    const sh = find(plan('new', fields('上海市'), '2021-06-01'), 'domain-readiness')!;
    expect(sh.stage).toBe('fill');
    expect(sh.requirements!.map((r) => r.en).join(' ')).toMatch(/holder must be the subject.*real-name.*3 months.*privacy.*Shanghai, Tianjin and Sichuan.*3-5 working days.*Do not open/s);
    const ha = find(plan('new', fields('河南省', { 'subject.nature': '个人' }), '2024-01-01'), 'domain-readiness')!;
    expect(ha.requirements!.map((r) => r.en).join(' ')).toMatch(/holder must be the person filing.*no DNS records/s);
    expect(find(plan('new', fields('北京市'), '2017-12-31'), 'domain-readiness')).toBeUndefined();
    // Done once the filing reached the administration; it never blocks the process.
    expect(find(plan('new', fields('北京市'), '2021-06-01', { done: {}, submittedToAdminAt: '2021-06-01T10:00:00+08:00' }), 'domain-readiness')!.done).toBe(true);
  });

  it('after approval: the footer number linked to beian.miit.gov.cn (Guangdong without -N), then keeping the filing current', () => {
    const before = plan('new', fields('广东省'), '2021-06-01');
    expect(find(before, 'icp-number-footer')!.status).toBe('upcoming');
    const after = plan('new', fields('广东省'), '2021-06-01', { done: { 'admin-review': true } });
    const footer = find(after, 'icp-number-footer')!;
    expect([footer.status, footer.link?.url]).toEqual(['open', 'https://beian.miit.gov.cn']);
    expect(footer.notes?.[0]?.en).toMatch(/without the "-N"/);
    expect(find(after, 'keep-filing-current')!.detail.en).toMatch(/30 days ahead.*10 working days/);
    expect(find(plan('cancel-website', fields('广东省'), '2021-06-01'), 'keep-filing-current')).toBeUndefined();
  });

  it('a transfer first updates changed details at the previous provider', () => {
    const s = find(plan('transfer', fields('北京市'), '2021-06-01'), 'transfer-update-first')!;
    expect(s.detail.en).toMatch(/cannot modify the filed information/);
    expect(find(plan('new', fields('北京市'), '2021-06-01'), 'transfer-update-first')).toBeUndefined();
  });
});
