/**
 * The cloud providers' ICP filing systems: the only hosts where the content script runs
 * automatically. One table, used by the manifest (wxt.config.ts / content script matches),
 * the popup ("is this a built-in filing page?") and the per-provider selector maps.
 */
export interface FilingHost {
  provider: ProviderId;
  name: { zh: string; en: string };
  /** Chrome match patterns of the provider's filing pages. */
  matches: string[];
}

export type ProviderId = 'aliyun' | 'tencent' | 'huawei' | 'jdcloud' | 'volcengine' | 'baidu' | 'ucloud';

export const FILING_HOSTS: readonly FilingHost[] = [
  { provider: 'aliyun', name: { zh: '阿里云', en: 'Alibaba Cloud' }, matches: ['https://beian.aliyun.com/*'] },
  {
    provider: 'tencent',
    name: { zh: '腾讯云', en: 'Tencent Cloud' },
    matches: ['https://console.cloud.tencent.com/beian*'],
  },
  {
    provider: 'huawei',
    name: { zh: '华为云', en: 'Huawei Cloud' },
    matches: ['https://console.huaweicloud.com/beian/*'],
  },
  {
    provider: 'jdcloud',
    name: { zh: '京东云', en: 'JD Cloud' },
    matches: ['https://beian.jdcloud.com/*', 'https://console.jdcloud.com/beian/*'],
  },
  {
    provider: 'volcengine',
    name: { zh: '火山引擎', en: 'Volcengine' },
    matches: ['https://console.volcengine.com/beian/*'],
  },
  { provider: 'baidu', name: { zh: '百度智能云', en: 'Baidu AI Cloud' }, matches: ['https://console.bce.baidu.com/beian/*'] },
  { provider: 'ucloud', name: { zh: 'UCloud', en: 'UCloud' }, matches: ['https://console.ucloud.cn/beian/*'] },
];

export const BUILT_IN_MATCHES: readonly string[] = FILING_HOSTS.flatMap((h) => h.matches);

/** Extra match patterns from the build environment (`ICP_EXTRA_MATCHES`, comma-separated). */
export function parseExtraMatches(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
