import { describe, expect, it } from 'vitest';
import { cameraJpeg, screenPng } from '../../../test/support/upload-images';
import { uploadOldPhoto } from './upload-old-photo';
import { factsOf, image, SLOW } from './test-support';

describe('upload-old-photo', SLOW, () => {
  it('valid: taken three days ago; no EXIF date at all', () => {
    expect(uploadOldPhoto.check(factsOf(image('camera', () => cameraJpeg('2026-11-28'))))).toEqual([]);
    expect(uploadOldPhoto.check(factsOf(image('screen', screenPng)))).toEqual([]);
    expect(uploadOldPhoto.check(factsOf(image('camera', () => cameraJpeg('2026-11-28')), '2027-02-26'))).toEqual([]);
  });
  it('invalid: a large JPEG whose EXIF says 2024-05-06', () => {
    const old = cameraJpeg('2024-05-06', [800, 600]);
    expect(uploadOldPhoto.check(factsOf(old))).toEqual([{ messageId: 'old', params: { taken: '2024-05-06', days: 939 } }]);
    expect(uploadOldPhoto.check(factsOf(image('camera', () => cameraJpeg('2026-11-28')), '2027-02-27')).map((p) => p.messageId)).toEqual(['old']);
  });
});
