/**
 * Draws the extension icon (a red seal-like rounded square with a white check mark) at the
 * manifest sizes and writes public/icon/N.png. Pure Node (zlib): no image tools needed.
 * Run: npx tsx test/tools/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from p to segment ab. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const ss = 4; // supersampling for anti-aliasing
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0, mark = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          // rounded square, radius 0.2
          const qx = Math.max(Math.abs(u - 0.5) - 0.3, 0), qy = Math.max(Math.abs(v - 0.5) - 0.3, 0);
          const inside = Math.hypot(qx, qy) <= 0.2 - 0.02;
          if (!inside) continue;
          bg++;
          const d = Math.min(segDist(u, v, 0.25, 0.52, 0.43, 0.7), segDist(u, v, 0.43, 0.7, 0.76, 0.32));
          if (d < 0.075) mark++;
        }
      }
      const n = ss * ss, a = bg / n, m = bg ? mark / bg : 0;
      const i = (y * size + x) * 4;
      // #c8102e (seal red) blended with white for the mark
      out[i] = Math.round(200 + (255 - 200) * m);
      out[i + 1] = Math.round(16 + (255 - 16) * m);
      out[i + 2] = Math.round(46 + (255 - 46) * m);
      out[i + 3] = Math.round(255 * a);
    }
  }
  return out;
}

mkdirSync('public/icon', { recursive: true });
for (const s of SIZES) writeFileSync(`public/icon/${s}.png`, encodePng(s, draw(s)));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
