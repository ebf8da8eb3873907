import { describe, expect, it } from 'vitest';
import { cameraJpeg, greyJpeg, png } from '../../../test/support/upload-images';
import { uploadGreyscale } from './upload-greyscale';
import { factsOf, image, SLOW } from './test-support';

describe('upload-greyscale', SLOW, () => {
  it('valid: a colour JPEG with EXIF, a colour PNG', () => {
    expect(uploadGreyscale.check(factsOf(image('camera', () => cameraJpeg()), undefined, true))).toEqual([]);
    expect(uploadGreyscale.check(factsOf(png(64, 64), undefined, true))).toEqual([]);
  });
  it('invalid: a greyscale JPEG (a photocopy), a grey PNG', () => {
    expect(uploadGreyscale.check(factsOf(image('grey', greyJpeg), undefined, true)).map((p) => p.messageId)).toEqual(['greyscale']);
    expect(uploadGreyscale.check(factsOf(png(64, 64, { grey: true, noise: 6 }), undefined, true)).map((p) => p.messageId)).toEqual(['greyscale']);
  });
  it('says nothing when no sample could be decoded', () => {
    const { greyscale: _g, ...facts } = factsOf(image('grey', greyJpeg), undefined, true);
    expect(uploadGreyscale.check(facts)).toEqual([]);
  });
});
