/**
 * The image format and pixel size from the first bytes of a file (magic numbers and headers);
 * the file name and the browser's MIME type are not trusted.
 */
import type { ImageFormat } from './image-facts';

export interface Sniffed {
  format: ImageFormat;
  width?: number;
  height?: number;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));

export function sniffImage(b: Uint8Array): Sniffed {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    // IHDR is the first chunk: width and height at bytes 16-23.
    return b.length >= 24 && ascii(b, 12, 4) === 'IHDR'
      ? { format: 'png', width: view.getUint32(16), height: view.getUint32(20) }
      : { format: 'png' };
  }
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { format: 'jpeg', ...jpegSize(b, view) };
  if (ascii(b, 0, 4) === 'GIF8') return { format: 'gif', ...(b.length >= 10 ? { width: view.getUint16(6, true), height: view.getUint16(8, true) } : {}) };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { format: 'webp' };
  if (ascii(b, 0, 2) === 'BM') return { format: 'bmp' };
  if (ascii(b, 4, 4) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1|avif)$/.test(ascii(b, 8, 4))) return { format: 'heic' };
  if (ascii(b, 0, 5) === '%PDF-') return { format: 'pdf' };
  return { format: 'unknown' };
}

/** Walks the JPEG segments up to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Uint8Array, view: DataView): { width?: number; height?: number } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return {};
    const marker = b[at + 1]!;
    // Fill bytes and stand-alone markers carry no length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const len = view.getUint16(at + 2);
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (marker === 0xda || len < 2) return {};
    at += 2 + len;
  }
  return {};
}
