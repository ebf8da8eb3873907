/**
 * Shanghai Communications Administration (SHCA) app verification of the website principal
 * (seed 000, seed 003 §13). Mandatory from 2019-04-11, suspended on 2019-04-23 in favour of
 * the providers' own apps (newer-sources.md §5, ALI19 关于上海地区用户备案APP临时调整的通知.md).
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';
import type { DatedFact } from './dated-facts';

export interface ShcaAppFact extends DatedFact {
  provinceId: 'sh';
  steps: readonly LocalizedText[];
}

const SHCA_STEPS: readonly LocalizedText[] = [
      {
        zh: '服务商初审通过后，在备案系统中用支付宝或钉钉扫码下载上海通信管理局 App（不支持微信扫码；仅 Android）。',
        en: 'After the provider’s preliminary review, scan the QR code in the filing system with Alipay or DingTalk (not WeChat) to install the SHCA app (Android only).',
      },
      {
        zh: '允许 App 获取位置：照片必须在上海拍摄。',
        en: 'Allow the app to read your location: the photo must be taken in Shanghai.',
      },
      {
        zh: '输入备案信息中网站负责人的手机号并完成手机验证。',
        en: 'Enter the website principal’s mobile number exactly as in the filing and verify it.',
      },
      {
        zh: '拍摄身份证正反面，再拍摄手持身份证照片（面部与证件清晰）。',
        en: 'Photograph both sides of the ID card, then a photo holding the ID card (face and card clear).',
      },
      {
        zh: '回到电脑上的备案系统，输入手机上显示的图片码并确认照片。',
        en: 'Back in the filing system on the computer, enter the Picture Code shown on the phone and confirm the photos.',
      },
];

/**
 * Two sources date the app differently and both are kept: seed 003 (issue 2019-02-19, §2 step 7
 * and §13) already requires it in Shanghai; the ALI19 notice makes it mandatory from 2019-04-11
 * and suspends it on 2019-04-23.
 */
export const SHCA_APP: readonly ShcaAppFact[] = [
  {
    from: '2019-02-19',
    until: '2019-04-11',
    provinceId: 'sh',
    steps: SHCA_STEPS,
    sources: [cite('seed-003', '§2 step 7'), cite('seed-003', '§13'), cite('seed-000')],
    conflict: {
      zh: '阿里云《ICP备案流程》（2019-02-19 版，第2节第7步与第13节）已要求上海用户使用上海通信管理局 App 核验；阿里云的上海 App 调整通知给出的强制日期是 2019-04-11。此前按《ICP备案流程》的发布日计。',
      en: 'Alibaba Cloud’s ICP Filing Procedures (issue 2019-02-19, §2 step 7 and §13) already require the SHCA app in Shanghai; Alibaba Cloud’s notice on the Shanghai app dates it mandatory from 2019-04-11. Before that day the Procedures’ issue date applies.',
    },
  },
  {
    from: '2019-04-11',
    until: '2019-04-23',
    provinceId: 'sh',
    steps: SHCA_STEPS,
    sources: [cite('ALI19', '关于上海地区用户备案APP临时调整的通知.md'), cite('seed-000'), cite('seed-003', '§13')],
    conflict: {
      zh: '阿里云的上海 App 调整通知：2019-04-11 起强制使用上海通信管理局 App，2019-04-23 暂停，改用服务商（阿里云）App。',
      en: 'Alibaba Cloud’s notice on the Shanghai app: the SHCA app was mandatory from 2019-04-11 and suspended on 2019-04-23 in favour of the provider’s (Alibaba Cloud) app.',
    },
  },
];

/**
 * Shanghai after the SHCA app was suspended: verification in the provider's own app (the ALI19
 * notice names the Alibaba Cloud app), which later became the rule everywhere (principal-photo.ts).
 */
export const SHANGHAI_PROVIDER_APP = {
  from: '2019-04-23',
  provinceId: 'sh',
  detail: {
    zh: '上海：2019-04-23 起暂停使用上海通信管理局 App，改为在服务商 App（如阿里云 App）中拍摄证件并完成人脸核验，不再使用幕布拍照。',
    en: 'Shanghai: from 2019-04-23 the SHCA app is suspended; the website principal photographs the documents and completes face verification in the provider’s app (e.g. the Alibaba Cloud app) instead of a backdrop photo.',
  },
  sources: [cite('ALI19', '关于上海地区用户备案APP临时调整的通知.md'), cite('seed-001')],
} as const;
