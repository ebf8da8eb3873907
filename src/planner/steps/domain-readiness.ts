/** `domain-readiness`: what the domains need before the filing is submitted (checked since 2018-01-01). */
import { websiteIndexes, websiteKey } from '../../domain/field-keys';
import type { LocalizedText } from '../../domain/localized';
import { CLOSED_SINCE, CLOSED_UNTIL_APPROVED, DOMAIN_CHECKS_SINCE, DOMAIN_READINESS as D, PRIVACY_OFF_PROVINCES } from '../../facts/domain-readiness';
import { settle, type PlanContext } from '../context';
import type { PlannerStep } from '../types';

const WITH_DOMAINS = new Set(['new', 'new-website', 'transfer', 'change-website']);

export function domainReadinessStep(ctx: PlanContext): PlannerStep[] {
  if (!WITH_DOMAINS.has(ctx.filingType) || ctx.processDay < DOMAIN_CHECKS_SINCE) return [];
  const fields = websiteIndexes(Object.keys(ctx.fields)).map((i) => websiteKey(i, 'domains'));
  const nature = ctx.fields['subject.nature'];
  const individual = typeof nature === 'string' && /个人|individual/i.test(nature);
  const province = ctx.province?.id;
  const requirements: LocalizedText[] = [individual ? D.holder.individual : D.holder.unit, D.realName, D.expiry, D.privacy];
  const sources: string[] = [...D.sources.general, ...D.sources.wait];
  if (province && PRIVACY_OFF_PROVINCES.includes(province)) {
    requirements.push(D.privacyProvinces);
    sources.push(...D.sources.privacy);
  }
  requirements.push(D.wait, D.closed);
  if (province === 'ha' && ctx.processDay >= CLOSED_SINCE) requirements.push(D.closedNoDns);
  if (province && CLOSED_UNTIL_APPROVED.includes(province)) sources.push(...D.sources.closed);
  return [
    settle(
      {
        id: 'domain-readiness',
        key: 'domain-readiness',
        stage: 'fill',
        kind: 'action',
        title: { zh: '准备域名', en: 'Get the domains ready' },
        detail: {
          zh: '管局会核验备案的每个域名：持有者、实名认证和有效期不符合的备案会被驳回。提交前请逐项确认。',
          en: 'The administration verifies every filed domain: filings whose domains fail on holder, real-name verification or expiry are rejected. Check each item before submitting.',
        },
        who: 'applicant',
        fields,
        requirements,
        sources,
      },
      ctx,
      // The domains were checked before the filing reached the administration.
      ctx.submittedAt !== undefined,
    ),
  ];
}
