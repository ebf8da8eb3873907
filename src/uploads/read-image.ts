/**
 * Reads what the checks need from a picked file, in the page and off its main thread where the
 * browser allows: the first HEAD_BYTES (headers, EXIF) through Blob.slice, and a SAMPLE×SAMPLE
 * RGBA sample decoded and scaled by createImageBitmap (decoded off the main thread in Chromium)
 * and read back from an OffscreenCanvas. Nothing is kept after the check.
 */
import { factsFromBytes, HEAD_BYTES } from './facts-from-bytes';
import type { ImageFacts } from './image-facts';

const SAMPLE = 48;
/** Beyond these a decode could exhaust the tab's memory (a decompression bomb): no colour check. */
const MAX_DECODE_PIXELS = 80_000_000;
const MAX_DECODE_BYTES = 64 * 1024 * 1024;

async function sampleOf(file: Blob): Promise<Uint8ClampedArray | undefined> {
  try {
    const bitmap = await createImageBitmap(file, { resizeWidth: SAMPLE, resizeHeight: SAMPLE, resizeQuality: 'low' });
    try {
      const ctx = new OffscreenCanvas(SAMPLE, SAMPLE).getContext('2d', { willReadFrequently: true });
      if (!ctx) return undefined;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, SAMPLE, SAMPLE).data;
    } finally {
      bitmap.close();
    }
  } catch {
    // Not decodable (a PDF, a broken file): the colour check says nothing.
    return undefined;
  }
}

export async function readImageFacts(file: Blob, today: string): Promise<ImageFacts> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const f = factsFromBytes({ head, size: file.size, today });
  // Decode only what could be a document photo.
  if (f.format !== 'jpeg' && f.format !== 'png') return f;
  if (file.size > MAX_DECODE_BYTES || !f.width || !f.height || f.width * f.height > MAX_DECODE_PIXELS) return f;
  const sample = await sampleOf(file);
  return sample ? factsFromBytes({ head, size: file.size, sample, today }) : f;
}
