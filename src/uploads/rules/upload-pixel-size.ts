import { cite } from '../../facts/sources';
import { defineUploadRule } from '../upload-rule';

/**
 * Our threshold, not a provider's number: the sources ask for clear, complete photos (seed 001);
 * below 600 px on the short side the text of an ID card or licence is hard to read.
 */
export const MIN_SHORT_SIDE = 600;

export const uploadPixelSize = defineUploadRule({
  id: 'upload-pixel-size',
  severity: 'warning',
  description: { zh: '图片的像素尺寸须可读且足够大，证件文字才清晰。', en: 'The pixel size must be readable and large enough for the document text to be legible.' },
  messages: {
    unreadable: {
      zh: '读不出这张图片的像素尺寸，文件可能已损坏：请重新拍摄。',
      en: 'The image’s pixel size cannot be read; the file may be damaged: take the photo again.',
    },
    small: {
      zh: '图片只有 {width}×{height} 像素，证件文字可能看不清：请拍摄短边至少 {min} 像素的照片。',
      en: 'The image is only {width}×{height} pixels; the document text may be illegible: take a photo at least {min} pixels on its short side.',
    },
  },
  why: {
    zh: '证件照片须清晰、完整，看不清的照片会被驳回。',
    en: 'Document photos must be clear and complete; illegible ones are rejected.',
  },
  sources: [cite('seed-001'), cite('seed-003', '§2 step 5')],
  since: '2017-12-18',
  check(f) {
    if (f.format !== 'jpeg' && f.format !== 'png') return [];
    if (!f.width || !f.height) return [{ messageId: 'unreadable' }];
    return Math.min(f.width, f.height) < MIN_SHORT_SIDE
      ? [{ messageId: 'small', params: { width: f.width, height: f.height, min: MIN_SHORT_SIDE } }]
      : [];
  },
});
