/**
 * What the document upload (上传资料) needs, dated: file formats and sizes, the latest ID card,
 * the authenticity statement (seed 003 §2 step 5, §12; seed 001; newer-sources.md §1.5).
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';
import type { DatedFact } from './dated-facts';

export interface UploadFact extends DatedFact {
  formats: readonly string[];
  minKB?: number;
  maxMB?: number;
  requirements: readonly LocalizedText[];
}

const AUTHENTICITY: LocalizedText = {
  zh: '下载《网站备案信息真实性核验单》，用黑色签字笔填写签字后上传扫描件或照片（要求因省份和备案类型而异）。',
  en: 'Download the authenticity statement (真实性核验单), fill it in with a black pen, sign it and upload a scan or photo (requirements vary by province and filing type).',
};
const LATEST_ID: LocalizedText = {
  zh: '上传负责人最新版本的身份证（有多张时用最新签发的一张），清晰、完整、未过期。',
  en: 'Upload the principal’s most recently issued ID card: clear, complete and not expired.',
};

export const UPLOAD_REQUIREMENTS: readonly UploadFact[] = [
  {
    from: '2017-12-18',
    formats: ['jpg', 'png', 'gif'],
    maxMB: 4,
    requirements: [
      { zh: '证件原件拍照或彩色扫描，jpg/png/gif，建议 4 MB 以下。', en: 'Clear photos or colour scans of the originals, jpg/png/gif, preferably under 4 MB.' },
      LATEST_ID,
      AUTHENTICITY,
      { zh: '当地管局要求时，向域名服务商索取域名证书。', en: 'Where the administration requires it, get domain certificates from the registrar.' },
    ],
    sources: [cite('seed-003', '§2 step 5'), cite('seed-003', '§12 step 3')],
  },
  {
    // Seed 001 speaks of the "Website/App principal": APP filing began 2023-09.
    from: '2023-09-01',
    formats: ['jpg', 'png'],
    minKB: 200,
    requirements: [
      { zh: '证件原件的清晰完整照片，JPG 或 PNG，大于 200 KB；须用最新版 App 现场拍摄，不要上传截图或已有照片。', en: 'Clear, complete photos of the original documents, JPG or PNG, larger than 200 KB, taken with the latest app — no screenshots or existing photos.' },
      LATEST_ID,
      AUTHENTICITY,
    ],
    sources: [cite('seed-001'), cite('seed-003', '§2 step 5')],
  },
  {
    from: '2025-09-01',
    formats: ['jpg', 'png'],
    minKB: 200,
    maxMB: 4,
    requirements: [
      { zh: 'JPG 或 PNG，大于 200 KB（阿里云）且不超过 4 MB（华为云、腾讯云）；彩色原件，不要复印件；水印只能写“仅限 ICP 备案使用”。', en: 'JPG or PNG, over 200 KB (Alibaba) and at most 4 MB (Huawei, Tencent); colour originals, no photocopies; a watermark may only read “仅限 ICP 备案使用”.' },
      LATEST_ID,
      AUTHENTICITY,
    ],
    sources: [cite('seed-001'), cite('HW'), cite('TXV')],
    conflict: {
      zh: '阿里云要求图片大于 200 KB（001），华为云/腾讯云要求不超过 4 MB：两者同时满足即可。',
      en: 'Alibaba wants images over 200 KB (seed 001), Huawei/Tencent at most 4 MB: meet both.',
    },
  },
];
