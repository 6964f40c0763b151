import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@lc/platform';
import type { HazardRewardConfig } from '../config/hazard-reward-config';
import { cleanPhoto, CleanedPhoto, UnusablePhotoError } from './photo-cleaner';
import { PHOTO_CONTENT_TYPES, PhotoContentType, sniffPhotoFormat } from './photo-format';
import { describeBytes, MAX_PHOTO_PIXELS } from './photo-limits';
import { photoProblem, PhotoProblem, PhotoRejectedError } from './photo-rejected.error';
import { PhotoStore, photoKeyOf } from './photo-store';

/** An uploaded file as Nest's FilesInterceptor (multer, memory storage) hands it over; only `buffer` is read. */
export interface UploadedPhoto {
  buffer: Buffer;
  originalname?: string;
  mimetype?: string;
}

/** A photo as stored: `key` is the SHA-256 (hex) of the cleaned bytes, which are what `bytes`, `width` and `height` describe. */
export interface StoredPhoto {
  key: string;
  contentType: PhotoContentType;
  bytes: number;
  width: number;
  height: number;
}

interface AcceptedPhoto extends CleanedPhoto {
  key: string;
  contentType: PhotoContentType;
}

/**
 * Takes the photos of one upload: checks each by its content, strips its metadata, and stores them all,
 * or none when any is refused (a report must not end up with some of its photos). How many photos an
 * upload may have is the caller's rule, not this one's.
 */
@Injectable()
export class PhotoIntake {
  private readonly maxBytes: number;

  constructor(
    @Inject(SERVICE_CONFIG) config: Pick<HazardRewardConfig, 'PHOTO_MAX_BYTES'>,
    private readonly store: PhotoStore,
  ) {
    this.maxBytes = config.PHOTO_MAX_BYTES;
  }

  /**
   * The stored photos in upload order, or a PhotoRejectedError (400) naming every refused one by
   * `<field>[<position>]`, in which case nothing was stored.
   */
  async accept(files: readonly UploadedPhoto[], field = 'photos'): Promise<StoredPhoto[]> {
    const accepted: AcceptedPhoto[] = [];
    const problems: PhotoProblem[] = [];
    // One at a time: a decoded photo can take hundreds of megabytes, and sharp already uses every core for one.
    for (const [index, file] of files.entries()) {
      if (!Buffer.isBuffer(file?.buffer)) throw new TypeError(`${field}[${index}] has no buffer (is multer using memory storage?)`);
      try {
        accepted.push(await this.clean(file.buffer));
      } catch (err) {
        if (!(err instanceof UnusablePhotoError)) throw err;
        problems.push(photoProblem(field, index, err.message));
      }
    }
    if (problems.length > 0) throw new PhotoRejectedError(problems);

    const stored = new Set<string>();
    for (const photo of accepted) {
      if (stored.has(photo.key)) continue; // the same photo twice in one upload
      await this.store.put(photo.key, photo.body, photo.contentType);
      stored.add(photo.key);
    }
    return accepted.map(({ key, contentType, body, width, height }) => ({ key, contentType, bytes: body.length, width, height }));
  }

  private async clean(input: Buffer): Promise<AcceptedPhoto> {
    if (input.length === 0) throw new UnusablePhotoError('is empty');
    // By content only: the file name and the client's mimetype say whatever the phone or the person chose.
    const sniffed = sniffPhotoFormat(input);
    if (!sniffed.format) throw new UnusablePhotoError(`is ${sniffed.description}; only JPEG, PNG and WebP photos are accepted`);
    if (input.length > this.maxBytes) {
      throw new UnusablePhotoError(`is larger than ${describeBytes(this.maxBytes)}, the most a photo may be`);
    }
    const cleaned = await cleanPhoto(input, sniffed.format, MAX_PHOTO_PIXELS);
    return { ...cleaned, key: photoKeyOf(cleaned.body), contentType: PHOTO_CONTENT_TYPES[sniffed.format] };
  }
}
