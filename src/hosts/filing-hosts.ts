import type { LocalizedText } from '../domain/localized';

/**
 * The cloud providers' ICP filing systems: the only hosts where the content script runs
 * automatically. One table, used by the manifest (wxt.config.ts / content script matches),
 * the popup ("is this a built-in filing page?") and the per-provider selector maps.
 */
export interface FilingHost {
  provider: ProviderId;
  /** Chrome match patterns of the provider's filing pages. */
  matches: string[];
}

export type ProviderId = 'aliyun' | 'tencent' | 'huawei' | 'jdcloud' | 'volcengine' | 'baidu' | 'ucloud';

export const FILING_HOSTS: readonly FilingHost[] = [
  { provider: 'aliyun', matches: ['https://beian.aliyun.com/*'] },
  { provider: 'tencent', matches: ['https://console.cloud.tencent.com/beian*'] },
  { provider: 'huawei', matches: ['https://console.huaweicloud.com/beian/*'] },
  { provider: 'jdcloud', matches: ['https://beian.jdcloud.com/*', 'https://console.jdcloud.com/beian/*'] },
  { provider: 'volcengine', matches: ['https://console.volcengine.com/beian/*'] },
  { provider: 'baidu', matches: ['https://console.bce.baidu.com/beian/*'] },
  { provider: 'ucloud', matches: ['https://console.ucloud.cn/beian/*'] },
];

/** The providers' names, in a table of their own: the content script needs only the hosts. */
export const PROVIDER_NAMES: Readonly<Record<ProviderId, LocalizedText>> = {
  aliyun: { zh: '阿里云', en: 'Alibaba Cloud' },
  tencent: { zh: '腾讯云', en: 'Tencent Cloud' },
  huawei: { zh: '华为云', en: 'Huawei Cloud' },
  jdcloud: { zh: '京东云', en: 'JD Cloud' },
  volcengine: { zh: '火山引擎', en: 'Volcengine' },
  baidu: { zh: '百度智能云', en: 'Baidu AI Cloud' },
  ucloud: { zh: 'UCloud', en: 'UCloud' },
};

export const BUILT_IN_MATCHES: readonly string[] = FILING_HOSTS.flatMap((h) => h.matches);

/** Extra match patterns from the build environment (`ICP_EXTRA_MATCHES`, comma-separated). */
export function parseExtraMatches(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
