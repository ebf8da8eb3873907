import { describe, expect, it } from 'vitest';
import { cameraJpeg, screenPng, tinyPng } from '../../../test/support/upload-images';
import { factsFromBytes } from '../facts-from-bytes';
import { uploadPixelSize } from './upload-pixel-size';
import { factsOf, image, SLOW, TODAY } from './test-support';

describe('upload-pixel-size', SLOW, () => {
  it('valid: a 1000×750 JPEG, a 1920×1080 PNG', () => {
    const cam = factsOf(image('camera', () => cameraJpeg()));
    expect([cam.width, cam.height]).toEqual([1000, 750]);
    expect(uploadPixelSize.check(cam)).toEqual([]);
    expect(uploadPixelSize.check(factsOf(image('screen', screenPng)))).toEqual([]);
  });
  it('invalid: a tiny 16×16 PNG', () => {
    expect(uploadPixelSize.check(factsOf(tinyPng()))).toEqual([{ messageId: 'small', params: { width: 16, height: 16, min: 600 } }]);
  });
  it('invalid: a JPEG whose header is cut before its frame (size unreadable)', () => {
    const cut = image('camera', () => cameraJpeg()).subarray(0, 40);
    expect(uploadPixelSize.check(factsFromBytes({ head: cut, size: 300_000, today: TODAY })).map((p) => p.messageId)).toEqual(['unreadable']);
  });
});
