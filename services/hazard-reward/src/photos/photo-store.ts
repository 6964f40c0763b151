import { createHash } from 'node:crypto';
import type { PhotoContentType } from './photo-format';

export interface StoredPhotoBody {
  body: Buffer;
  contentType: PhotoContentType;
}

/**
 * Where cleaned photos are kept, by key: the SHA-256 of the photo's bytes (lowercase hex). The key says
 * what the bytes are, so storing the same photo twice is harmless (`put` is idempotent) and it is kept once.
 * Used as a Nest injection token; PhotosModule picks the implementation from PHOTO_STORE.
 */
export abstract class PhotoStore {
  /** Stores the photo under its key; storing a key that is already there changes nothing. */
  abstract put(key: string, body: Buffer, contentType: PhotoContentType): Promise<void>;

  /** The photo, or undefined when nothing is stored under the key. */
  abstract get(key: string): Promise<StoredPhotoBody | undefined>;
}

const PHOTO_KEY = /^[0-9a-f]{64}$/;

/** The key a photo is stored under: the SHA-256 of its (cleaned) bytes, lowercase hex. */
export function photoKeyOf(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

export function isPhotoKey(key: unknown): key is string {
  return typeof key === 'string' && PHOTO_KEY.test(key);
}

/**
 * Keys come back from clients (a report names its photos), and stores turn them into paths and object
 * names: anything but 64 hex digits (a "../", a slash, an empty string) is refused before it gets there.
 */
export function assertPhotoKey(key: unknown): asserts key is string {
  if (!isPhotoKey(key)) throw new InvalidPhotoKeyError(key);
}

/** Stores refuse bytes that are not what the key says: the same key must always mean the same photo. */
export function assertKeyMatches(key: string, body: Buffer): void {
  if (photoKeyOf(body) !== key) throw new Error(`the photo's bytes do not hash to its key ${key}`);
}

export class InvalidPhotoKeyError extends Error {
  constructor(key: unknown) {
    super(`not a photo key (64 lowercase hex digits): ${JSON.stringify(String(key)).slice(0, 80)}`);
  }
}
