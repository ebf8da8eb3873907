/**
 * What the upload checks know about one picked file. Read in the page (src/uploads/read-image.ts)
 * from the file's headers, its EXIF block and a downscaled sample; nothing else of the file is
 * read, and none of this leaves the page (only counts are recorded).
 */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'pdf' | 'unknown';

export interface ExifSummary {
  make?: string;
  model?: string;
  software?: string;
  /** `YYYY-MM-DD` of DateTimeOriginal (else DateTime). */
  taken?: string;
}

export interface ImageFacts {
  /** File size in bytes. */
  size: number;
  format: ImageFormat;
  /** Pixel size from the header; absent when unreadable. */
  width?: number;
  height?: number;
  exif?: ExifSummary;
  /** From the downscaled sample; absent when it could not be decoded. */
  greyscale?: boolean;
  /** Beijing day of the check (`YYYY-MM-DD`), for the photo's age. */
  today: string;
}
