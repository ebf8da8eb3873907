/** Facts of a generated image as the page would read them (head, size, decoded sample). */
import { factsFromBytes, HEAD_BYTES } from '../facts-from-bytes';
import type { ImageFacts } from '../image-facts';
import { rgbaOf } from '../../../test/support/upload-images';

export const TODAY = '2026-12-01';

/** `withSample`: decode the pixels too (slow for big images; only the colour check needs them). */
export function factsOf(bytes: Uint8Array, today = TODAY, withSample = false): ImageFacts {
  return factsFromBytes({ head: bytes.subarray(0, HEAD_BYTES), size: bytes.length, ...(withSample ? { sample: rgbaOf(bytes) } : {}), today });
}

/** Generating and decoding images takes seconds on a busy machine. */
export const SLOW = { timeout: 60_000 };

const cache = new Map<string, Uint8Array>();
/** Generated once per test file (JPEG encoding takes about a second). */
export function image(name: string, make: () => Uint8Array): Uint8Array {
  let b = cache.get(name);
  if (!b) cache.set(name, (b = make()));
  return b;
}
