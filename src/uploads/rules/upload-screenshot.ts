import { cite } from '../../facts/sources';
import { defineUploadRule } from '../upload-rule';

/** Pixel sizes of common screens, both orientations (phones, laptops, monitors). */
const SCREENS: ReadonlySet<string> = new Set(
  [
    [1280, 720], [1280, 800], [1366, 768], [1440, 900], [1536, 864], [1600, 900], [1680, 1050], [1920, 1080],
    [1920, 1200], [2560, 1440], [2560, 1600], [2880, 1800], [3840, 2160], [750, 1334], [828, 1792], [1080, 1920],
    [1080, 2340], [1080, 2400], [1125, 2436], [1170, 2532], [1179, 2556], [1242, 2688], [1284, 2778], [1290, 2796],
    [1440, 3200], [1440, 3120],
  ].flatMap(([w, h]) => [`${w}x${h}`, `${h}x${w}`]),
);

export function isScreenSize(width: number, height: number): boolean {
  return SCREENS.has(`${width}x${height}`);
}

/** A screenshot: no camera in the EXIF and the exact size of a screen. */
export const uploadScreenshot = defineUploadRule({
  id: 'upload-screenshot',
  severity: 'warning',
  description: { zh: '不要上传截图，须上传现场拍摄的证件原件照片。', en: 'Do not upload screenshots; upload fresh photos of the original documents.' },
  messages: {
    screenshot: {
      zh: '这张图片没有相机信息，尺寸 {width}×{height} 与屏幕相同，可能是截图：请用相机拍摄证件原件。',
      en: 'This image has no camera data and the size of a screen ({width}×{height}), so it is probably a screenshot: photograph the original document.',
    },
  },
  why: {
    zh: '工信部真实性核验要求现场拍摄原件，上传截图或已有照片会被驳回。',
    en: 'MIIT authenticity checks require fresh photos of the originals; screenshots and existing photos are rejected.',
  },
  sources: [cite('seed-001')],
  since: '2023-09-01',
  check(f) {
    if (!f.width || !f.height || f.exif?.make || f.exif?.model) return [];
    return isScreenSize(f.width, f.height) ? [{ messageId: 'screenshot', params: { width: f.width, height: f.height } }] : [];
  },
});
