import { cite } from '../../facts/sources';
import { defineUploadRule } from '../upload-rule';

/** Older than this many days counts as an existing photo rather than one taken for the filing. */
export const OLD_AFTER_DAYS = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An existing photo: EXIF says it was taken long before today. */
export const uploadOldPhoto = defineUploadRule({
  id: 'upload-old-photo',
  severity: 'warning',
  description: { zh: '不要上传已有的旧照片，须现场拍摄。', en: 'Do not upload existing photos; take them fresh.' },
  messages: {
    old: {
      zh: '这张照片拍摄于 {taken}（{days} 天前），可能是已有照片：请重新拍摄证件原件。',
      en: 'This photo was taken on {taken} ({days} days ago), so it is probably an existing photo: photograph the original again.',
    },
  },
  why: {
    zh: '工信部真实性核验要求现场拍摄原件，上传已有照片会被驳回；证件也可能已更新。',
    en: 'MIIT authenticity checks require fresh photos of the originals; existing photos are rejected, and the document may have been renewed since.',
  },
  sources: [cite('seed-001')],
  since: '2023-09-01',
  check(f) {
    const taken = f.exif?.taken;
    if (!taken) return [];
    const days = daysBetween(taken, f.today);
    return days > OLD_AFTER_DAYS ? [{ messageId: 'old', params: { taken, days } }] : [];
  },
});
