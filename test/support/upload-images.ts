/**
 * Images generated for the upload checks' tests (no binary fixtures): PNG via pngjs, JPEG via
 * jpeg-js, and an EXIF block (camera make/model, dates) written by hand and spliced in as APP1.
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';

export interface ExifSpec {
  make?: string;
  model?: string;
  software?: string;
  /** `YYYY-MM-DD`, written as DateTimeOriginal. */
  taken?: string;
}

type Pixel = (x: number, y: number, noise: number) => [number, number, number];

/** Deterministic noise so sizes are stable across runs. */
function noiseSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fill(width: number, height: number, pixel: Pixel, noiseAmp: number, seed = 7): Buffer {
  const data = Buffer.alloc(width * height * 4);
  const rnd = noiseSource(seed);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y, (rnd() - 0.5) * noiseAmp);
      const i = (y * width + x) * 4;
      data[i] = clamp(r);
      data[i + 1] = clamp(g);
      data[i + 2] = clamp(b);
      data[i + 3] = 255;
    }
  }
  return data;
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** A colour "document photo": warm gradients plus sensor-like noise. */
const colourPixel =
  (w: number, h: number): Pixel =>
  (x, y, n) => [150 + 80 * (x / w) + n, 110 + 60 * (y / h) + n, 90 + 100 * ((x + y) / (w + h)) + n];

/** The same scene in grey (a photocopy). */
const greyPixel =
  (w: number, h: number): Pixel =>
  (x, y, n) => {
    const v = 120 + 90 * ((x + y) / (w + h)) + n;
    return [v, v, v];
  };

export function png(width: number, height: number, opts: { grey?: boolean; noise?: number } = {}): Uint8Array {
  const img = new PNG({ width, height });
  img.data = fill(width, height, (opts.grey ? greyPixel : colourPixel)(width, height), opts.noise ?? 0);
  return new Uint8Array(PNG.sync.write(img));
}

export function jpg(width: number, height: number, opts: { grey?: boolean; noise?: number; quality?: number; exif?: ExifSpec } = {}): Uint8Array {
  const data = fill(width, height, (opts.grey ? greyPixel : colourPixel)(width, height), opts.noise ?? 40);
  const encoded = new Uint8Array(jpeg.encode({ data, width, height }, opts.quality ?? 90).data);
  return opts.exif ? withExif(encoded, opts.exif) : encoded;
}

/** A tiny PNG (16×16, a few hundred bytes). */
export const tinyPng = (): Uint8Array => png(16, 16);
/** A 1920×1080 PNG without EXIF, as a screenshot is. */
export const screenPng = (): Uint8Array => png(1920, 1080, { noise: 2 });
/** A large colour JPEG with camera EXIF taken `taken` (default: a few days before 2026-12-01). */
export const cameraJpeg = (taken = '2026-11-28', size: [number, number] = [1000, 750]): Uint8Array =>
  jpg(size[0], size[1], { exif: { make: 'Xiaomi', model: 'Redmi Note 12', taken } });
/** A greyscale JPEG (a photocopy) with camera EXIF. */
export const greyJpeg = (): Uint8Array => jpg(1000, 750, { grey: true, exif: { make: 'Canon', model: 'iR-ADV C5535', taken: '2026-11-28' } });

// ---- EXIF writer (big-endian TIFF: IFD0 with Make/Model/Software/DateTime, Exif IFD with DateTimeOriginal) ----

function exifBlock(spec: ExifSpec): Uint8Array {
  const when = spec.taken ? `${spec.taken.replace(/-/g, ':')} 10:20:30` : undefined;
  const ifd0: [number, string][] = [];
  if (spec.make) ifd0.push([0x010f, spec.make]);
  if (spec.model) ifd0.push([0x0110, spec.model]);
  if (spec.software) ifd0.push([0x0131, spec.software]);
  if (when) ifd0.push([0x0132, when]);
  const exifIfd: [number, string][] = when ? [[0x9003, when]] : [];
  const entries0 = ifd0.length + (exifIfd.length ? 1 : 0);
  const ifd0Size = 2 + entries0 * 12 + 4;
  const exifIfdSize = exifIfd.length ? 2 + exifIfd.length * 12 + 4 : 0;
  const strings = [...ifd0, ...exifIfd].map(([, s]) => s + '\0');
  const dataStart = 8 + ifd0Size + exifIfdSize;
  const total = dataStart + strings.reduce((n, s) => n + s.length, 0);
  const buf = new Uint8Array(total);
  const v = new DataView(buf.buffer);
  buf.set([0x4d, 0x4d, 0x00, 0x2a]);
  v.setUint32(4, 8);
  let dataAt = dataStart;
  let strIndex = 0;
  const writeEntries = (at: number, list: [number, string][], extra?: [number, number]): void => {
    const n = list.length + (extra ? 1 : 0);
    v.setUint16(at, n);
    let e = at + 2;
    for (const [tag] of list) {
      const s = strings[strIndex++]!;
      v.setUint16(e, tag);
      v.setUint16(e + 2, 2);
      v.setUint32(e + 4, s.length);
      if (s.length <= 4) for (let i = 0; i < s.length; i++) buf[e + 8 + i] = s.charCodeAt(i);
      else {
        v.setUint32(e + 8, dataAt);
        for (let i = 0; i < s.length; i++) buf[dataAt + i] = s.charCodeAt(i);
        dataAt += s.length;
      }
      e += 12;
    }
    if (extra) {
      v.setUint16(e, extra[0]);
      v.setUint16(e + 2, 4);
      v.setUint32(e + 4, 1);
      v.setUint32(e + 8, extra[1]);
      e += 12;
    }
    v.setUint32(e, 0);
  };
  writeEntries(8, ifd0, exifIfd.length ? [0x8769, 8 + ifd0Size] : undefined);
  if (exifIfd.length) writeEntries(8 + ifd0Size, exifIfd);
  return buf;
}

/** Inserts an APP1 "Exif" segment right after the JPEG's SOI marker. */
export function withExif(jpegBytes: Uint8Array, spec: ExifSpec): Uint8Array {
  const tiff = exifBlock(spec);
  const len = 2 + 6 + tiff.length;
  const seg = new Uint8Array(2 + len);
  seg.set([0xff, 0xe1, len >> 8, len & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  seg.set(tiff, 10);
  const out = new Uint8Array(jpegBytes.length + seg.length);
  out.set(jpegBytes.subarray(0, 2));
  out.set(seg, 2);
  out.set(jpegBytes.subarray(2), 2 + seg.length);
  return out;
}

/** Decodes an image's pixels (RGBA), as the page's downscaled sample would give, for the colour check. */
export function rgbaOf(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0x89) return new Uint8Array(PNG.sync.read(Buffer.from(bytes)).data);
  return new Uint8Array(jpeg.decode(bytes, { useTArray: true }).data);
}

/** A camera JPEG of about 4 MB (just under the 4 MiB limit), for the main-thread budget. */
export const fourMbJpeg = (taken = '2026-11-28'): Uint8Array =>
  jpg(2800, 2100, { noise: 120, quality: 92, exif: { make: 'Xiaomi', model: 'Redmi Note 12', taken } });
