import { describe, expect, it } from 'vitest';
import { cameraJpeg, screenPng, tinyPng } from '../../../test/support/upload-images';
import { factsFromBytes } from '../facts-from-bytes';
import { uploadFormat } from './upload-format';
import { factsOf, image, SLOW, TODAY } from './test-support';

const check = (bytes: Uint8Array) => uploadFormat.check(factsFromBytes({ head: bytes, size: bytes.length, today: TODAY })).map((p) => p.messageId);

describe('upload-format', SLOW, () => {
  it('valid: a JPEG with EXIF, a PNG (by their bytes)', () => {
    expect(uploadFormat.check(factsOf(image('camera', () => cameraJpeg())))).toEqual([]);
    expect(check(tinyPng())).toEqual([]);
    expect(check(image('screen', screenPng))).toEqual([]);
  });
  it('invalid: GIF, WebP, PDF, HEIC and unknown bytes, whatever the name says', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 10, 0]);
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic')]);
    expect(check(gif)).toEqual(['format']);
    expect(uploadFormat.check(factsFromBytes({ head: gif, size: 10, today: TODAY }))[0]?.params).toEqual({ format: 'GIF' });
    expect(check(webp)).toEqual(['format']);
    expect(check(pdf)).toEqual(['format']);
    expect(check(heic)).toEqual(['format']);
    expect(check(new TextEncoder().encode('not an image at all'))).toEqual(['unknown']);
  });
});
