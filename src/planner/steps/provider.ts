/** Steps at the provider: `document-upload` and `provider-review`. */
import { inForce } from '../../facts/dated-facts';
import { SUBMISSION_AGREEMENTS, UPLOAD_REQUIREMENTS } from '../../facts/document-upload';
import { PROVIDER_REVIEW } from '../../facts/timelines';
import { cite } from '../../facts/sources';
import { documentChecklist } from '../../documents/checklist';
import { documentsProgress } from '../../documents/progress';
import { settle, type PlanContext } from '../context';
import { FLOW_SOURCES } from '../flows';
import type { PlannerStep } from '../types';

export function documentUploadStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.upload) return [];
  const fact = inForce(UPLOAD_REQUIREMENTS, ctx.day) ?? UPLOAD_REQUIREMENTS[0]!;
  const claim = ctx.filingType === 'claim';
  const size = [fact.minKB ? `> ${fact.minKB} KB` : '', fact.maxMB ? `≤ ${fact.maxMB} MB` : ''].filter(Boolean).join(', ');
  const formats = fact.formats.map((f) => f.toUpperCase()).join('/');
  // The tick at the final submission (a claim is not submitted for a preliminary review).
  const agreements = claim ? undefined : inForce(SUBMISSION_AGREEMENTS, ctx.day);
  const answers = documentsProgress(ctx.progress);
  const documents = documentChecklist({
    filingType: ctx.filingType,
    fields: ctx.fields,
    day: ctx.day,
    ...(answers.legalRep === undefined ? {} : { subjectPrincipalIsLegalRep: answers.legalRep }),
  }).map((item) => ({ ...item, ticked: answers.ticked[item.id] === true }));
  return [
    settle(
      {
        id: 'document-upload',
        key: 'document-upload',
        stage: 'upload',
        kind: 'action',
        title: { zh: '上传备案资料', en: 'Upload the documents' },
        detail: claim
          ? {
              zh: `上传主体负责人身份证正反面的清晰照片（${formats}${size ? `，${size}` : ''}），服务商审核后完成认领。`,
              en: `Upload clear photos of both sides of the principal’s ID card (${formats}${size ? `, ${size}` : ''}); the provider reviews them to complete the claim.`,
            }
          : {
              zh: `上传证件与核验单（${formats}${size ? `，${size}` : ''}）：最新身份证、真实性核验单等，然后提交初审。`,
              en: `Upload the certificates and statements (${formats}${size ? `, ${size}` : ''}): the latest ID card, the authenticity statement and the rest, then submit for the preliminary review.`,
            },
        who: 'applicant',
        requirements: [...fact.requirements, ...(agreements ? [agreements.requirement] : [])],
        documents,
        notes: fact.conflict ? [fact.conflict] : [],
        sources: [...fact.sources, ...(agreements?.sources ?? []), ...FLOW_SOURCES[ctx.filingType]],
      },
      ctx,
      ctx.submittedAt !== undefined,
    ),
  ];
}

export function providerReviewStep(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.providerReview) return [];
  const fact = inForce(PROVIDER_REVIEW, ctx.day) ?? PROVIDER_REVIEW[0]!;
  return [
    settle(
      {
        id: 'provider-review',
        key: 'provider-review',
        stage: 'provider-review',
        kind: 'wait',
        title: { zh: '服务商初审', en: 'Provider’s preliminary review' },
        detail: {
          zh: `服务商通常在 ${fact.minWorkingDays}-${fact.maxWorkingDays} 个工作日内完成初审，可能来电核实信息，请保持联系电话畅通。`,
          en: `The provider usually completes its review in ${fact.minWorkingDays}-${fact.maxWorkingDays} working days and may call to check the details: keep the phones reachable.`,
        },
        who: 'provider',
        expected: { minWorkingDays: fact.minWorkingDays, maxWorkingDays: fact.maxWorkingDays },
        notes: fact.conflict ? [fact.conflict] : [],
        sources: [...fact.sources, cite('seed-003', '§2 step 6')],
      },
      ctx,
      ctx.submittedAt !== undefined,
    ),
  ];
}
