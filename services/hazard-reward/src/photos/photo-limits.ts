/**
 * Most pixels a photo may have. Decoding costs memory by pixels, not by file size: a few kilobytes of
 * PNG can claim 400 megapixels (a decompression bomb). 50 megapixels lets through the 48/50 MP modes of
 * today's phones (their 108/200 MP modes make files far over PHOTO_MAX_BYTES anyway) and keeps one
 * decoded photo near 150 MB at most; concurrent reports each decode one photo at a time.
 */
export const MAX_PHOTO_PIXELS = 50_000_000;

const KiB = 1024;
const MiB = 1024 * KiB;

/** Sizes as a reporter reads them: "8 MiB", "9.3 MiB", "64 KiB". */
export function describeBytes(bytes: number): string {
  if (bytes >= MiB) return `${trimmed(bytes / MiB)} MiB`;
  if (bytes >= KiB) return `${trimmed(bytes / KiB)} KiB`;
  return `${bytes} bytes`;
}

export function describeMegapixels(pixels: number): string {
  return `${trimmed(pixels / 1_000_000)} megapixels`;
}

/** One decimal at most, and none when it is 0: "8", "9.3". */
function trimmed(value: number): string {
  return String(Math.round(value * 10) / 10);
}
