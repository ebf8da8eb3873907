/**
 * Per-provider selector maps: an override layer on top of the label heuristics (as password
 * managers keep per-site fixes). CSS selector → logical key (label-dictionary.ts), so
 * `website.*` / `principal.*` keys still take their website index and section from the page.
 *
 * The entries are PLAUSIBLE, NOT VERIFIED against the live consoles (no public DOM dumps exist,
 * newer-sources.md §4): they name fields by the attribute names those consoles are likely to
 * use. A wrong selector matches nothing and costs nothing; the heuristics still run.
 */
import type { SecretKind } from '../domain/field-keys';
import type { ProviderId } from '../hosts/filing-hosts';

export interface SelectorOverride {
  selector: string;
  /** Logical key (label-dictionary.ts), or a canonical key. */
  key?: string;
  /** Marks the matched control as a secret instead. */
  secret?: SecretKind;
}

/** Inputs named any of `names` (space-separated) → a logical key (has a dot) or a secret. */
function byName(names: string, target: string): SelectorOverride {
  const selector = names
    .split(' ')
    .map((n) => `input[name="${n}"]`)
    .join(', ');
  return target.includes('.') ? { selector, key: target } : { selector, secret: target as SecretKind };
}

const EMERGENCY = 'principal.emergencyPhone';

export const PROVIDER_MAPS: Readonly<Partial<Record<ProviderId, readonly SelectorOverride[]>>> = {
  aliyun: [
    byName('checkCode captchaCode', 'captcha'),
    byName('smsCode mobileCode', 'smsCode'),
    byName('icpPassword beianPassword', 'icpPassword'),
    byName('siteName websiteName', 'website.name'),
    byName('homeUrl siteHomeUrl', 'website.homepageUrl'),
    byName('emergencyPhone', EMERGENCY),
  ],
  tencent: [byName('verifyCode', 'smsCode'), byName('serviceName siteName', 'website.name'), byName('emergencyPhone emergencyTel', EMERGENCY)],
  huawei: [byName('websiteName', 'website.name'), byName('emergencyPhone', EMERGENCY)],
  jdcloud: [byName('siteName', 'website.name'), byName('emergencyPhone', EMERGENCY)],
};

export function overridesFor(provider: ProviderId | undefined, extra: readonly SelectorOverride[] = []): SelectorOverride[] {
  return [...extra, ...((provider && PROVIDER_MAPS[provider]) || [])];
}
