import { cite } from '../../facts/sources';
import { defineUploadRule } from '../upload-rule';

/** Colour originals, no photocopies (Huawei, Tencent). */
export const uploadGreyscale = defineUploadRule({
  id: 'upload-greyscale',
  severity: 'warning',
  description: { zh: '证件须为彩色原件照片，不能是黑白复印件。', en: 'Documents must be colour photos of the originals, not black-and-white copies.' },
  messages: {
    greyscale: {
      zh: '这张图片是黑白的，可能是复印件：请拍摄证件原件的彩色照片。',
      en: 'This image is black and white, probably a photocopy: take a colour photo of the original.',
    },
  },
  why: {
    zh: '管局只接受彩色原件，复印件和黑白扫描件会被驳回。',
    en: 'The administrations accept only colour originals; photocopies and black-and-white scans are rejected.',
  },
  sources: [cite('HW', { en: 'uploads (colour originals, no photocopies)', zh: '上传材料（彩色原件，不接受复印件）' }), cite('TXV')],
  since: '2025-09-01',
  check(f) {
    return f.greyscale === true ? [{ messageId: 'greyscale' }] : [];
  },
});
