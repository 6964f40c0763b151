/** The photo formats a hazard report may carry: what phones take and what every browser shows. */
export type PhotoFormat = 'jpeg' | 'png' | 'webp';

export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp';

export const PHOTO_CONTENT_TYPES: Readonly<Record<PhotoFormat, PhotoContentType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export function isPhotoContentType(value: unknown): value is PhotoContentType {
  return Object.values(PHOTO_CONTENT_TYPES).includes(value as PhotoContentType);
}

/** What the first bytes say a file is: one of ours, or a description for telling the reporter why not. */
export type SniffedFile = { format: PhotoFormat } | { format: null; description: string };

const startsWith = (bytes: Buffer, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** ISO-BMFF brands (the box after "ftyp"): phones save HEIC by default, and videos share the container. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/**
 * The file's type by its content (magic bytes). The name and the client's mimetype are never asked: a
 * phone or a person may name anything anything. Unknown formats are "not an image"; the common
 * wrong ones are named, so the reporter knows what to change (an iPhone set to HEIC, a GIF, a scan as PDF).
 */
export function sniffPhotoFormat(bytes: Buffer): SniffedFile {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: 'jpeg' };
  if (startsWith(bytes, [0x89, ...ascii('PNG\r\n\x1a\n')])) return { format: 'png' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { format: 'webp' };
  return { format: null, description: describeOther(bytes) };
}

function describeOther(bytes: Buffer): string {
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'a GIF image';
  if (startsWith(bytes, ascii('%PDF-'))) return 'a PDF document';
  if (startsWith(bytes, ascii('II*\0')) || startsWith(bytes, ascii('MM\0*'))) return 'a TIFF or camera RAW image';
  if (startsWith(bytes, ascii('BM')) && bytes.length > 14 && bytes.readUInt32LE(6) === 0) return 'a BMP image';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brands = ftypBrands(bytes);
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'an AVIF image'; // AVIF files may also list mif1
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'a HEIC image';
    return 'a video';
  }
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(bytes.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, ''))) {
    return 'an SVG image';
  }
  return 'not an image';
}

/** The major brand and the compatible brands of an ISO-BMFF file's leading ftyp box. */
function ftypBrands(bytes: Buffer): string[] {
  const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length, 64);
  const brands = [bytes.subarray(8, 12).toString('latin1')];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(bytes.subarray(at, at + 4).toString('latin1'));
  return brands;
}
