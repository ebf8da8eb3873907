/**
 * Identity verification of the website principal(s): the SHCA app in Shanghai while it was
 * mandatory (`shca-app-verification`), otherwise `principal-photo` (backdrop photo or, later,
 * face verification in the provider's app).
 */
import type { LocalizedText } from '../../domain/localized';
import { inForce } from '../../facts/dated-facts';
import { PHOTO_METHODS } from '../../facts/principal-photo';
import { SHANGHAI_PROVIDER_APP, SHCA_APP } from '../../facts/shanghai-app';
import { settle, type PlanContext } from '../context';
import { personIdentity, websitePrincipals, type Principal } from '../principals';
import type { PlannerStep } from '../types';

function distinctPeople(people: Principal[]): Principal[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const id = personIdentity(p);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function label(p: Principal): LocalizedText {
  const who = p.name ?? (p.index === 0 ? '' : `#${p.index + 1}`);
  return who ? { zh: `网站负责人 ${who}`, en: `website principal ${who}` } : { zh: '网站负责人', en: 'website principal' };
}

export function verificationSteps(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.photo) return [];
  const people = distinctPeople(websitePrincipals(ctx.fields));
  // Verification happens before the filing reaches the administration: done once submitted,
  // and judged by the facts of the submission day once that is known.
  const inferred = ctx.submittedAt !== undefined;
  const day = ctx.processDay;
  const shanghai = ctx.province?.id === 'sh';
  const shca = shanghai ? inForce(SHCA_APP, day) : undefined;

  if (shca) {
    return people.map((p) =>
      settle(
        {
          id: 'shca-app-verification',
          key: `shca-app-verification:${p.prefix}`,
          stage: 'verify',
          kind: 'action',
          title: { zh: `上海通信管理局 App 核验：${label(p).zh}`, en: `SHCA app verification: ${label(p).en}` },
          detail: {
            zh: `上海的备案须由网站负责人使用上海通信管理局 App 核验（在上海拍照，使用备案中网站负责人的手机号${p.mobile ? ` ${p.mobile}` : ''}）。`,
            en: `Shanghai filings require the website principal to verify in the Shanghai Communications Administration app (photo taken in Shanghai, with the website principal’s mobile from the filing${p.mobile ? `, ${p.mobile}` : ''}).`,
          },
          who: 'website-principal',
          ...(p.mobile ? { mobile: p.mobile } : {}),
          fields: [`${p.prefix}.mobile`],
          requirements: [...shca.steps],
          notes: shca.conflict ? [shca.conflict] : [],
          sources: [...shca.sources],
        },
        ctx,
        inferred,
      ),
    );
  }

  const general = inForce(PHOTO_METHODS, day) ?? PHOTO_METHODS[0]!;
  // Shanghai moved to the provider's app on 2019-04-23, before the backdrop ended elsewhere.
  const shanghaiApp = shanghai && general.method === 'backdrop' && day >= SHANGHAI_PROVIDER_APP.from;
  const method = shanghaiApp
    ? { ...general, method: 'app-face' as const, detail: SHANGHAI_PROVIDER_APP.detail, sources: SHANGHAI_PROVIDER_APP.sources, conflict: undefined }
    : general;
  const notes: LocalizedText[] = [];
  if (method.conflict) notes.push(method.conflict);
  const sources = [...method.sources];

  return people.map((p) =>
    settle(
      {
        id: 'principal-photo',
        key: `principal-photo:${p.prefix}`,
        stage: method.timing === 'with-upload' ? 'upload' : 'verify',
        kind: 'action',
        title:
          method.method === 'backdrop'
            ? { zh: `幕布拍照：${label(p).zh}`, en: `Backdrop photo: ${label(p).en}` }
            : { zh: `人脸核验：${label(p).zh}`, en: `Face verification: ${label(p).en}` },
        detail: method.detail,
        who: 'website-principal',
        ...(p.mobile ? { mobile: p.mobile } : {}),
        fields: [`${p.prefix}.name`],
        notes,
        sources,
      },
      ctx,
      inferred,
    ),
  );
}
