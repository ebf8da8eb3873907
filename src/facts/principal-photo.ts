/**
 * How the website principal proves they are who the filing says (核验/拍照), dated:
 * a photo in front of the provider's backdrop (幕布) after the preliminary review
 * (seed 003 §2 step 7), later face verification in the provider's app while uploading the
 * documents (seed 001; QC 2021-10, JD 2023-02). Shanghai used the SHCA app for a while
 * (src/facts/shanghai-app.ts).
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';
import type { DatedFact } from './dated-facts';

export interface PhotoMethodFact extends DatedFact {
  method: 'backdrop' | 'app-face';
  /** When in the process it happens: after the preliminary review, or during the upload. */
  timing: 'after-provider-review' | 'with-upload';
  detail: LocalizedText;
  /** Provinces where the provider's app could be used instead (2019). */
  appProvinces?: readonly string[];
}

export const PHOTO_METHODS: readonly PhotoMethodFact[] = [
  {
    from: '2017-12-18',
    method: 'backdrop',
    timing: 'after-provider-review',
    detail: {
      zh: '初审通过后，网站负责人在服务商寄送的专用幕布前拍照并上传（不要穿红色或蓝色衣服）。广东、重庆、辽宁、安徽、福建可改用阿里云 App 上传资料并拍照核验。',
      en: 'After the preliminary review, the website principal takes a photo in front of the provider’s official backdrop and uploads it (do not wear red or blue). In Guangdong, Chongqing, Liaoning, Anhui and Fujian the Alibaba Cloud app can be used instead.',
    },
    appProvinces: ['gd', 'cq', 'ln', 'ah', 'fj'],
    sources: [cite('seed-003', '§2 step 7'), cite('seed-003', '§2 step 5'), cite('seed-003', '§6 step 5')],
  },
  {
    from: '2021-10-01',
    method: 'app-face',
    timing: 'with-upload',
    detail: {
      zh: '在服务商 App（或扫码打开的手机页面）中拍摄证件原件并完成人脸识别：纯白背景，面部无遮挡（帽子、刘海、眼镜），不要上传已有照片或截图。',
      en: 'In the provider’s app (or the mobile page opened from the QR code / SMS link), photograph the original documents and complete face recognition: plain white background, face unobstructed (no hat, fringe or glasses), no existing photos or screenshots.',
    },
    sources: [cite('seed-001'), cite('QC'), cite('JD23'), cite('HW')],
    conflict: {
      zh: '服务商自有的电子核验（青云 2021-10、京东 2023-02、华为 App、腾讯小程序）取代了幕布拍照。',
      en: 'Providers’ own e-verification (QingCloud 2021-10, JD 2023-02, Huawei app, Tencent mini-program) replaced the backdrop photo.',
    },
  },
];
