/**
 * Is a downscaled RGBA sample greyscale (a photocopy or a black-and-white scan)? A pixel is
 * coloured when its channels differ by more than CHROMA; the image is greyscale when almost
 * none are. JPEG noise and white balance tint grey pixels a little, hence the margins.
 */
const CHROMA = 24;
const COLOURED_SHARE = 0.02;

export function colourShare(rgba: Uint8ClampedArray | Uint8Array): number {
  let coloured = 0;
  let pixels = 0;
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    // Fully transparent pixels say nothing about the document.
    if (rgba[i + 3] === 0) continue;
    pixels++;
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > CHROMA) coloured++;
  }
  return pixels === 0 ? 0 : coloured / pixels;
}

export function isGreyscale(rgba: Uint8ClampedArray | Uint8Array): boolean {
  return colourShare(rgba) < COLOURED_SHARE;
}
