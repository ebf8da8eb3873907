import { describe, expect, it } from 'vitest';
import { cameraJpeg, jpg, png, screenPng } from '../../../test/support/upload-images';
import { uploadScreenshot } from './upload-screenshot';
import { factsOf, image, SLOW } from './test-support';

describe('upload-screenshot', SLOW, () => {
  it('valid: a camera JPEG; a screen-sized JPEG that has camera EXIF; a PNG of no screen size', () => {
    expect(uploadScreenshot.check(factsOf(image('camera', () => cameraJpeg())))).toEqual([]);
    expect(uploadScreenshot.check(factsOf(jpg(1920, 1080, { exif: { make: 'HUAWEI', model: 'P60', taken: '2026-11-30' } })))).toEqual([]);
    expect(uploadScreenshot.check(factsOf(png(1000, 700)))).toEqual([]);
  });
  it('invalid: a 1920×1080 PNG without EXIF; a phone-screen JPEG without camera', () => {
    expect(uploadScreenshot.check(factsOf(image('screen', screenPng)))).toEqual([{ messageId: 'screenshot', params: { width: 1920, height: 1080 } }]);
    expect(uploadScreenshot.check(factsOf(jpg(1170, 2532, { exif: { software: 'iOS 17' } }))).map((p) => p.messageId)).toEqual(['screenshot']);
  });
});
