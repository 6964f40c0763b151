import { applyDecorators, Header, StreamableFile } from '@nestjs/common';
import { ApiFileResponse } from '@lc/platform';
import { PhotoStore } from './photo-store';

/** A route that answers one stored photo: its types in the spec, kept privately by browsers, never sniffed. */
export const ServesPhoto = (description: string) =>
  applyDecorators(
    ApiFileResponse(['image/jpeg', 'image/png', 'image/webp'], description),
    Header('Cache-Control', 'private, max-age=86400, immutable'),
    // The stored bytes are a checked image, but a browser must never guess another type for them.
    Header('X-Content-Type-Options', 'nosniff'),
  );

/**
 * The stored photo under `key` as a file answer; `notListed` when the item has no such photo, and
 * `missing` when it has one the store no longer holds.
 */
export async function photoFileOf(store: PhotoStore, key: string | undefined, notListed: () => Error, missing: () => Error): Promise<StreamableFile> {
  if (!key) throw notListed();
  const photo = await store.get(key);
  if (!photo) throw missing();
  return new StreamableFile(photo.body, { type: photo.contentType, length: photo.body.length });
}
