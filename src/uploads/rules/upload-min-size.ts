import { cite } from '../../facts/sources';
import { defineUploadRule, KB } from '../upload-rule';

export const MIN_BYTES = 200 * KB;

/** Larger than 200 KB (Alibaba Cloud app, seed 001). */
export const uploadMinSize = defineUploadRule({
  id: 'upload-min-size',
  severity: 'error',
  description: { zh: '上传的图片须大于 200 KB。', en: 'Uploaded images must be larger than 200 KB.' },
  messages: {
    small: {
      zh: '图片只有 {kb} KB，须大于 200 KB：请用手机相机重新拍摄证件原件。',
      en: 'The image is only {kb} KB; it must be larger than 200 KB: take a new photo of the original with a phone camera.',
    },
  },
  why: {
    zh: '小于 200 KB 的图片通常经过压缩或是截图，阿里云备案系统不接受。',
    en: 'Images under 200 KB are usually compressed or screenshots; the Alibaba Cloud filing system does not accept them.',
  },
  sources: [cite('seed-001')],
  since: '2023-09-01',
  check(f) {
    // A file that is no JPG/PNG gets upload-format; its size says nothing more.
    if (f.format !== 'jpeg' && f.format !== 'png') return [];
    return f.size <= MIN_BYTES ? [{ messageId: 'small', params: { kb: Math.round(f.size / KB) } }] : [];
  },
});
