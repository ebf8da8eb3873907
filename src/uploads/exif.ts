/**
 * The few EXIF tags the screenshot and old-photo checks need (camera make/model, software,
 * date taken), read from a JPEG's APP1 segment or a PNG's eXIf chunk. Bounds-checked
 * throughout: a malformed block yields what was readable, never an exception.
 */
import type { ExifSummary } from './image-facts';

const TAG_MAKE = 0x010f;
const TAG_MODEL = 0x0110;
const TAG_SOFTWARE = 0x0131;
const TAG_DATETIME = 0x0132;
const TAG_EXIF_IFD = 0x8769;
const TAG_DATETIME_ORIGINAL = 0x9003;
const MAX_ENTRIES = 512;

export function readExif(b: Uint8Array): ExifSummary | undefined {
  const tiff = findTiff(b);
  if (!tiff) return undefined;
  try {
    return parseTiff(new DataView(b.buffer, b.byteOffset + tiff.start, tiff.length));
  } catch {
    return undefined;
  }
}

function findTiff(b: Uint8Array): { start: number; length: number } | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] === 0xff && b[1] === 0xd8) {
    let at = 2;
    while (at + 4 <= b.length && b[at] === 0xff) {
      const marker = b[at + 1]!;
      if (marker === 0xda || marker === 0xd9) return undefined;
      const len = view.getUint16(at + 2);
      if (len < 2) return undefined;
      // "Exif\0\0" then the TIFF block.
      if (marker === 0xe1 && at + 10 <= b.length && view.getUint32(at + 4) === 0x45786966 && view.getUint16(at + 8) === 0) {
        const start = at + 10;
        return { start, length: Math.max(0, Math.min(len - 8, b.length - start)) };
      }
      at += 2 + len;
    }
    return undefined;
  }
  if (b[0] === 0x89 && b[1] === 0x50) {
    let at = 8;
    while (at + 8 <= b.length) {
      const len = view.getUint32(at);
      const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
      if (type === 'eXIf') return { start: at + 8, length: Math.max(0, Math.min(len, b.length - at - 8)) };
      if (type === 'IDAT' || type === 'IEND') return undefined;
      at += 12 + len;
    }
  }
  return undefined;
}

function parseTiff(v: DataView): ExifSummary | undefined {
  if (v.byteLength < 8) return undefined;
  const order = v.getUint16(0);
  const little = order === 0x4949;
  if (!little && order !== 0x4d4d) return undefined;
  const u16 = (o: number) => v.getUint16(o, little);
  const u32 = (o: number) => v.getUint32(o, little);
  const out: ExifSummary = {};

  const str = (entry: number): string | undefined => {
    const count = u32(entry + 4);
    if (u16(entry + 2) !== 2 || count === 0 || count > 256) return undefined;
    const at = count <= 4 ? entry + 8 : u32(entry + 8);
    if (at + count > v.byteLength) return undefined;
    let s = '';
    for (let i = 0; i < count; i++) {
      const c = v.getUint8(at + i);
      if (c === 0) break;
      s += String.fromCharCode(c);
    }
    s = s.trim();
    return s === '' ? undefined : s;
  };

  const ifd = (offset: number, visit: (tag: number, entry: number) => void): void => {
    if (offset + 2 > v.byteLength) return;
    const n = Math.min(u16(offset), MAX_ENTRIES);
    for (let i = 0; i < n; i++) {
      const entry = offset + 2 + i * 12;
      if (entry + 12 > v.byteLength) return;
      visit(u16(entry), entry);
    }
  };

  let exifIfd = 0;
  let dateTime: string | undefined;
  ifd(u32(4), (tag, entry) => {
    if (tag === TAG_MAKE) out.make = str(entry);
    else if (tag === TAG_MODEL) out.model = str(entry);
    else if (tag === TAG_SOFTWARE) out.software = str(entry);
    else if (tag === TAG_DATETIME) dateTime = str(entry);
    else if (tag === TAG_EXIF_IFD) exifIfd = u32(entry + 8);
  });
  let original: string | undefined;
  if (exifIfd > 0) ifd(exifIfd, (tag, entry) => {
    if (tag === TAG_DATETIME_ORIGINAL) original = str(entry);
  });
  const taken = exifDay(original) ?? exifDay(dateTime);
  if (taken) out.taken = taken;
  for (const k of Object.keys(out) as (keyof ExifSummary)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** `2024:05:06 10:11:12` → `2024-05-06`; anything else → undefined. */
function exifDay(s: string | undefined): string | undefined {
  const m = s ? /^(\d{4}):(\d{2}):(\d{2})/.exec(s) : null;
  return m && m[1] !== '0000' ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
