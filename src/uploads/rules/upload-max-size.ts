import { cite } from '../../facts/sources';
import { defineUploadRule, MB } from '../upload-rule';

export const MAX_BYTES = 4 * MB;

/** At most 4 MB (seed 003; Huawei, Tencent). */
export const uploadMaxSize = defineUploadRule({
  id: 'upload-max-size',
  severity: 'error',
  description: { zh: '上传的图片不能超过 4 MB。', en: 'Uploaded images may not exceed 4 MB.' },
  messages: {
    large: {
      zh: '图片有 {mb} MB，超过 4 MB 上限：请降低分辨率后重新保存（保持清晰、大于 200 KB）。',
      en: 'The image is {mb} MB, over the 4 MB limit: save it again at a lower resolution (still clear and over 200 KB).',
    },
  },
  why: {
    zh: '服务商的上传控件拒绝超过 4 MB 的文件。',
    en: 'The providers’ upload controls refuse files over 4 MB.',
  },
  sources: [cite('seed-003', '§2 step 5'), cite('HW', { en: 'uploads (at most 4 MB)', zh: '上传材料（不超过 4 MB）' }), cite('TXV')],
  since: '2017-12-18',
  check(f) {
    return f.size > MAX_BYTES ? [{ messageId: 'large', params: { mb: (f.size / MB).toFixed(1) } }] : [];
  },
});
