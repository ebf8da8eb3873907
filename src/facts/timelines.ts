/**
 * How long each stage of a filing takes and the deadlines around it, dated where sources
 * changed (seed 003 §2/§6/§8, seeds 002/004, newer-sources.md §5).
 */
import { cite } from './sources';
import { citeAny } from './planner-sources';
import type { DatedFact } from './dated-facts';

export interface WorkingDaysFact extends DatedFact {
  minWorkingDays: number;
  maxWorkingDays: number;
}

/** The provider's preliminary review (初审). Providers differ; the range covers them. */
export const PROVIDER_REVIEW: readonly WorkingDaysFact[] = [
  {
    from: '2017-12-18',
    minWorkingDays: 1,
    maxWorkingDays: 2,
    sources: [cite('seed-003', '§2 step 6'), cite('ALI19'), cite('HW'), cite('JD23')],
    conflict: {
      zh: '阿里云约 1 个工作日（《ICP备案流程》第2节），腾讯云、华为云 1-2 个工作日，京东云不超过 1 个工作日。',
      en: 'Alibaba Cloud about 1 working day (“ICP Filing Procedures” §2), Tencent and Huawei 1-2, JD Cloud at most 1.',
    },
  },
];

/** The communications administration's review (管局审核). */
export const ADMIN_REVIEW: readonly WorkingDaysFact[] = [
  {
    from: '2017-12-18',
    minWorkingDays: 3,
    maxWorkingDays: 20,
    sources: [cite('seed-003', '§6')],
  },
  {
    // JD23 (≈2023) gives ≤20, Huawei and Alibaba's current text 1-20.
    from: '2023-01-01',
    minWorkingDays: 1,
    maxWorkingDays: 20,
    sources: [citeAny('ALIREVIEW'), cite('HW'), cite('JD23')],
    conflict: {
      zh: '2019 年阿里云写 3-20 个工作日；较新的来源为 1-20 个工作日（华为 7-20 / 1-20，京东 ≤20，腾讯约 7-20）。',
      en: 'Alibaba said 3-20 working days in 2019; newer sources say 1-20 (Huawei 7-20 / 1-20, JD ≤20, Tencent about 7-20).',
    },
  },
];

/** Minutes after submission to the administration until the SMS code arrives. */
export const SMS_ARRIVAL = {
  typicalMinutes: 5,
  maxMinutes: 10,
  sources: [cite('seed-002', { en: 'Verification code sending principles', zh: '验证码发送原则' }), cite('seed-004'), cite('JD23')],
};

/** An unused code is resent once, automatically, at 12:00 the next day (Beijing time). */
export const SMS_AUTO_RESEND = {
  hourBeijing: 12,
  sources: [cite('seed-002', { en: 'Verification code sending principles', zh: '验证码发送原则' }), cite('seed-004', { en: 'Sending Principle of Verification Code', zh: '验证码发送原则' }), cite('VOLC')],
};

/** A filing order with no update and no approval is deleted after this many days. */
export const ORDER_VALIDITY = {
  days: 45,
  sources: [citeAny('ALIREVIEW')],
};

/** The PSB (公安) filing is due within this many days of the website opening. */
export const PSB_FILING = {
  days: 30,
  url: 'https://www.beian.gov.cn',
  sources: [cite('seed-003', { en: '§1 Overview', zh: '第1节 概述' }), cite('seed-003', { en: '§8 PSB Filing FAQs', zh: '第8节 公安备案常见问题' }), cite('JD23'), cite('HW')],
};
