import { cite } from '../../facts/sources';
import { defineUploadRule } from '../upload-rule';

/** JPG or PNG only, judged by the file's bytes, not its name. */
export const uploadFormat = defineUploadRule({
  id: 'upload-format',
  severity: 'error',
  description: { zh: '上传的图片必须是 JPG 或 PNG 格式。', en: 'Uploaded images must be JPG or PNG.' },
  messages: {
    format: {
      zh: '这个文件是 {format} 格式，请上传 JPG 或 PNG 图片。',
      en: 'This file is {format}; upload a JPG or PNG image.',
    },
    unknown: {
      zh: '无法识别这个文件的格式，请上传 JPG 或 PNG 图片。',
      en: 'This file is not a recognisable image; upload a JPG or PNG image.',
    },
  },
  why: {
    zh: '备案系统只接受 JPG/PNG 图片，其他格式（包括改了扩展名的文件）会上传失败或被驳回。',
    en: 'The filing systems accept only JPG/PNG images; other formats (also renamed files) fail to upload or are rejected.',
  },
  sources: [cite('seed-001'), cite('HW', { en: 'uploads (jpg or png)', zh: '上传材料（jpg 或 png）' })],
  since: '2023-09-01',
  check(f) {
    if (f.format === 'jpeg' || f.format === 'png') return [];
    if (f.format === 'unknown') return [{ messageId: 'unknown' }];
    return [{ messageId: 'format', params: { format: f.format.toUpperCase() } }];
  },
});
