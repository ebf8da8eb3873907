import { isGreyscale } from './colour';
import { readExif } from './exif';
import type { ImageFacts } from './image-facts';
import { sniffImage } from './sniff';

/** How much of the file's start is read: headers and the EXIF block (APP1 is at most 64 KB). */
export const HEAD_BYTES = 128 * 1024;

/**
 * The facts of one file from its first bytes, its size and (when it could be decoded) a small
 * RGBA sample. Pure: the page reads the bytes and the sample, this decides what they say.
 */
export function factsFromBytes(input: { head: Uint8Array; size: number; sample?: Uint8ClampedArray | Uint8Array; today: string }): ImageFacts {
  const sniffed = sniffImage(input.head);
  const exif = sniffed.format === 'jpeg' || sniffed.format === 'png' ? readExif(input.head) : undefined;
  return {
    size: input.size,
    format: sniffed.format,
    ...(sniffed.width ? { width: sniffed.width } : {}),
    ...(sniffed.height ? { height: sniffed.height } : {}),
    ...(exif ? { exif } : {}),
    ...(input.sample && input.sample.length >= 4 ? { greyscale: isGreyscale(input.sample) } : {}),
    today: input.today,
  };
}
