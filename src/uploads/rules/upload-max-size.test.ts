import { describe, expect, it } from 'vitest';
import { cameraJpeg, png } from '../../../test/support/upload-images';
import { uploadMaxSize } from './upload-max-size';
import { factsOf, image, SLOW } from './test-support';

describe('upload-max-size', SLOW, () => {
  it('valid: a large JPEG with EXIF under 4 MB, and exactly 4 MB', () => {
    expect(uploadMaxSize.check(factsOf(image('camera', () => cameraJpeg())))).toEqual([]);
    expect(uploadMaxSize.check({ ...factsOf(image('camera', () => cameraJpeg())), size: 4 * 1024 * 1024 })).toEqual([]);
  });
  it('invalid: a noisy 1920×1080 PNG over 4 MB', () => {
    const huge = image('huge', () => png(1920, 1080, { noise: 24 }));
    expect(huge.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(uploadMaxSize.check(factsOf(huge)).map((p) => p.messageId)).toEqual(['large']);
  });
});
