import sharp, { type Sharp } from 'sharp';
import type { PhotoFormat } from './photo-format';
import { describeMegapixels } from './photo-limits';

export interface CleanedPhoto {
  body: Buffer;
  width: number;
  height: number;
}

/** Why a photo cannot be used, worded for the reporter (the caller adds which photo). */
export class UnusablePhotoError extends Error {}

const FORMAT_NAMES: Readonly<Record<PhotoFormat, string>> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/**
 * Decodes the photo and encodes it again in its own format, which is what removes everything but the
 * picture: EXIF (with the GPS position of the reporter's phone, the device and its serial number), XMP,
 * IPTC, PNG text chunks and the ICC profile (the colours are converted to sRGB instead) are all left
 * behind, as sharp does unless asked to keep metadata. The EXIF orientation is applied first, so a photo
 * taken upright stays upright without the tag.
 *
 * Refuses, with an UnusablePhotoError, a file whose header claims more than `maxPixels` (checked before
 * decoding anything) and one that does not decode cleanly: sharp's strictest failOn, which its
 * documentation advises for untrusted input, so a truncated upload is refused rather than stored
 * with a grey lower half.
 */
export async function cleanPhoto(input: Buffer, format: PhotoFormat, maxPixels: number): Promise<CleanedPhoto> {
  const damaged = `is a damaged or incomplete ${FORMAT_NAMES[format]} image`;
  // Reading the header decodes no pixels, so it is safe without a limit and lets the message say the size.
  const header = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!header || header.format !== format || !header.width || !header.height) throw new UnusablePhotoError(damaged);
  if (header.width * header.height > maxPixels) {
    throw new UnusablePhotoError(
      `is ${header.width} × ${header.height} pixels; photos may have at most ${describeMegapixels(maxPixels)}`,
    );
  }

  const pipeline = sharp(input, { limitInputPixels: maxPixels, failOn: 'warning' }).autoOrient();
  try {
    const { data, info } = await encodeAs(pipeline, format).toBuffer({ resolveWithObject: true });
    return { body: data, width: info.width, height: info.height };
  } catch (err) {
    throw new UnusablePhotoError(damaged, { cause: err });
  }
}

/** Quality 90: the photo is evidence of a hazard, so fine detail (a crack, a gauge) must survive. */
function encodeAs(pipeline: Sharp, format: PhotoFormat): Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 90 });
    case 'png':
      return pipeline.png();
    case 'webp':
      return pipeline.webp({ quality: 90 });
  }
}
