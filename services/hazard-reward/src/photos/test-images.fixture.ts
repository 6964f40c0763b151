import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Text planted in the test photos' metadata: none of it may be found in a stored photo. */
export const SECRETS = {
  description: 'SECRET-DESCRIPTION-zhang-san',
  gpsDatum: 'SECRET-GPS-DATUM',
  xmpCreator: 'SECRET-XMP-CREATOR',
  pngText: 'SECRET-PNG-TEXT-worker-13800000000',
  pngExif: 'SECRET-PNG-EXIF',
};

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${SECRETS.xmpCreator}</dc:creator></rdf:Description>
</rdf:RDF></x:xmpmeta>`;

/** A plain picture, `width` × `height`, left half red and right half blue (so rotation shows in the pixels). */
function picture(width: number, height: number) {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: { r: 220, g: 20, b: 20 } } }).composite([
    {
      input: { create: { width: width - half, height, channels: 3, background: { r: 20, g: 20, b: 220 } } },
      left: half,
      top: 0,
    },
  ]);
}

/**
 * A phone photo as phones send it: 40 × 20 pixels stored sideways with EXIF orientation 6 (so it shows
 * as 20 × 40), EXIF with a description, the device and a GPS position, XMP and a Display P3 ICC profile.
 */
export async function phoneJpeg(): Promise<Buffer> {
  return picture(40, 20)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { ImageDescription: SECRETS.description, Make: 'PhoneCo', Model: 'P1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 2700/100', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 0/1', GPSMapDatum: SECRETS.gpsDatum },
    })
    .withXmp(XMP)
    .withIccProfile('p3')
    .toBuffer();
}

/** A screenshot-like PNG with tEXt, iTXt and eXIf chunks added by hand (sharp writes none of these itself). */
export async function pngWithTextChunks(): Promise<Buffer> {
  const png = await picture(30, 10).png().toBuffer();
  const afterHeader = 8 + 25; // signature, then the IHDR chunk; metadata chunks belong before the image data
  return Buffer.concat([
    png.subarray(0, afterHeader),
    pngChunk('tEXt', Buffer.from(`Author\0${SECRETS.pngText}`, 'latin1')),
    pngChunk('iTXt', Buffer.from(`Comment\0\0\0\0\0${SECRETS.pngText}`, 'utf8')),
    pngChunk('eXIf', tiffWithDescription(SECRETS.pngExif)),
    png.subarray(afterHeader),
  ]);
}

export async function webpWithExif(): Promise<Buffer> {
  return picture(24, 12).webp().withExif({ IFD0: { ImageDescription: SECRETS.description } }).toBuffer();
}

export async function gif(): Promise<Buffer> {
  return picture(10, 10).gif().toBuffer();
}

export const pdf = (): Buffer => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** Seeded, so a failing test sees the same bytes again. */
export function randomBytes(length: number, seed = 42): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state >> 16;
  }
  return bytes;
}

/** A JPEG of noise: it hardly compresses, so its size follows its pixel count (about 0.5 byte a pixel at quality 95). */
export async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** The first half of a JPEG, as an upload cut off by a dropped connection. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await noiseJpeg(200, 150);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/**
 * A decompression bomb: a valid 1-bit PNG of 20000 × 20000 pixels (400 megapixels) in about 50 KB,
 * built by hand because asking sharp to make one would itself take gigabytes.
 */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte 0 + all-black pixels, row by row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A minimal little-endian TIFF header with one IFD0 entry, ImageDescription (the body of an eXIf chunk). */
function tiffWithDescription(text: string): Buffer {
  const value = Buffer.from(`${text}\0`, 'latin1');
  const ifd = Buffer.alloc(2 + 12 + 4);
  ifd.writeUInt16LE(1, 0); // one entry
  ifd.writeUInt16LE(0x010e, 2); // ImageDescription
  ifd.writeUInt16LE(2, 4); // ASCII
  ifd.writeUInt32LE(value.length, 6);
  ifd.writeUInt32LE(8 + ifd.length, 10); // value right after the IFD
  ifd.writeUInt32LE(0, 14); // no next IFD
  return Buffer.concat([Buffer.from('II*\0', 'latin1'), Buffer.from([8, 0, 0, 0]), ifd, value]);
}
