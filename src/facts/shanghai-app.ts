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

export const SHCA_APP: readonly ShcaAppFact[] = [
  {
    from: '2019-04-11',
    until: '2019-04-23',
    provinceId: 'sh',
    steps: [
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
    ],
    sources: [cite('seed-000'), cite('seed-003', '§13'), cite('ALI19', '关于上海地区用户备案APP临时调整的通知.md')],
    conflict: {
      zh: '003（2019-02-19 版）已描述上海必须使用该 App；ALI19 通知给出的强制日期为 2019-04-11，2019-04-23 暂停，改用服务商 App。',
      en: 'Seed 003 (issue 2019-02-19) already describes the app as required in Shanghai; the ALI19 notice dates it mandatory from 2019-04-11 and suspended on 2019-04-23 in favour of the provider’s app.',
    },
  },
];
