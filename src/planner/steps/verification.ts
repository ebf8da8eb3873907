/**
 * Identity verification of the website principal(s): the SHCA app in Shanghai while it was
 * mandatory (`shca-app-verification`), otherwise `principal-photo` (backdrop photo or, later,
 * face verification in the provider's app).
 */
import type { LocalizedText } from '../../domain/localized';
import { inForce } from '../../facts/dated-facts';
import { PHOTO_METHODS } from '../../facts/principal-photo';
import { SHCA_APP } from '../../facts/shanghai-app';
import { cite } from '../../facts/sources';
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

/** Shanghai after the SHCA app was suspended (2019-04-23) and before app face checks everywhere. */
const SHANGHAI_AFTER_APP: LocalizedText = {
  zh: '上海：2019-04-23 起暂停使用上海通信管理局 App，改用服务商（阿里云）App 核验。',
  en: 'Shanghai: the SHCA app was suspended on 2019-04-23; verification moved to the provider’s (Alibaba Cloud) app.',
};

export function verificationSteps(ctx: PlanContext): PlannerStep[] {
  if (!ctx.flow.photo) return [];
  const people = distinctPeople(websitePrincipals(ctx.fields));
  // Verification happens before the filing reaches the administration.
  const inferred = ctx.submittedAt !== undefined;
  const shca = ctx.province?.id === 'sh' ? inForce(SHCA_APP, ctx.day) : undefined;

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

  const method = inForce(PHOTO_METHODS, ctx.day) ?? PHOTO_METHODS[0]!;
  const notes: LocalizedText[] = [];
  if (method.conflict) notes.push(method.conflict);
  if (ctx.province?.id === 'sh' && method.method === 'backdrop' && ctx.day >= '2019-04-23') notes.push(SHANGHAI_AFTER_APP);
  if (ctx.province?.id === 'sh' && ctx.day < '2019-04-11') notes.push(SHCA_APP[0]!.conflict!);
  const sources = [...method.sources, ...(ctx.province?.id === 'sh' ? [cite('ALI19', '关于上海地区用户备案APP临时调整的通知.md')] : [])];

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
