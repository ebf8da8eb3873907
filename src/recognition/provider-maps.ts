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

export const PROVIDER_MAPS: Readonly<Partial<Record<ProviderId, readonly SelectorOverride[]>>> = {
  aliyun: [
    { selector: 'input[name="checkCode"], input[name="captchaCode"]', secret: 'captcha' },
    { selector: 'input[name="smsCode"], input[name="mobileCode"]', secret: 'smsCode' },
    { selector: 'input[name="icpPassword"], input[name="beianPassword"]', secret: 'icpPassword' },
    { selector: 'input[name="siteName"], input[name="websiteName"]', key: 'website.name' },
    { selector: 'input[name="homeUrl"], input[name="siteHomeUrl"]', key: 'website.homepageUrl' },
    { selector: 'input[name="emergencyPhone"]', key: 'principal.emergencyPhone' },
  ],
  tencent: [
    { selector: 'input[name="verifyCode"]', secret: 'smsCode' },
    { selector: 'input[name="serviceName"], input[name="siteName"]', key: 'website.name' },
    { selector: 'input[name="emergencyPhone"], input[name="emergencyTel"]', key: 'principal.emergencyPhone' },
  ],
  huawei: [
    { selector: 'input[name="websiteName"]', key: 'website.name' },
    { selector: 'input[name="emergencyPhone"]', key: 'principal.emergencyPhone' },
  ],
  jdcloud: [
    { selector: 'input[name="siteName"]', key: 'website.name' },
    { selector: 'input[name="emergencyPhone"]', key: 'principal.emergencyPhone' },
  ],
};

export function overridesFor(provider: ProviderId | undefined, extra: readonly SelectorOverride[] = []): SelectorOverride[] {
  return [...extra, ...((provider && PROVIDER_MAPS[provider]) || [])];
}
