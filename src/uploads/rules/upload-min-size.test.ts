import { describe, expect, it } from 'vitest';
import { cameraJpeg, tinyPng } from '../../../test/support/upload-images';
import { uploadMinSize } from './upload-min-size';
import { factsOf, image, SLOW } from './test-support';

describe('upload-min-size', SLOW, () => {
  it('valid: a large JPEG with EXIF (over 200 KB)', () => {
    const b = image('camera', () => cameraJpeg());
    expect(b.length).toBeGreaterThan(200 * 1024);
    expect(uploadMinSize.check(factsOf(b))).toEqual([]);
  });
  it('invalid: a tiny PNG, and exactly 200 KB (must be larger)', () => {
    expect(uploadMinSize.check(factsOf(tinyPng()))).toEqual([{ messageId: 'small', params: { kb: 0 } }]);
    expect(uploadMinSize.check({ ...factsOf(tinyPng()), size: 200 * 1024 }).map((p) => p.messageId)).toEqual(['small']);
    expect(uploadMinSize.check({ ...factsOf(tinyPng()), size: 200 * 1024 + 1 })).toEqual([]);
  });
  it('says nothing about a file that is no image (upload-format speaks)', () => {
    expect(uploadMinSize.check({ ...factsOf(tinyPng()), format: 'pdf' })).toEqual([]);
  });
});
