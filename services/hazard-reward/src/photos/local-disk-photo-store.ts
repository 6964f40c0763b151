import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PhotoContentType } from './photo-format';
import { assertKeyMatches, assertPhotoKey, PhotoStore, StoredPhotoBody } from './photo-store';

/** The file's extension carries its content type, so a photo is one file and nothing can disagree with it. */
const EXTENSIONS: Readonly<Record<PhotoContentType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
const BY_EXTENSION = Object.entries(EXTENSIONS) as [PhotoContentType, string][];

/**
 * Photos as files under one folder: `<first two hex digits of the key>/<key>.<jpg|png|webp>`, so no folder
 * grows past a few thousand files. A photo appears under its name only complete: it is written to a
 * temporary file in the same folder, flushed to disk and renamed (atomic on one file system). A crash
 * leaves at most a `.tmp` file behind, never half a photo under its key.
 */
export class LocalDiskPhotoStore extends PhotoStore {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async put(key: string, body: Buffer, contentType: PhotoContentType): Promise<void> {
    assertPhotoKey(key);
    assertKeyMatches(key, body);
    const extension = EXTENSIONS[contentType];
    if (!extension) throw new Error(`cannot store a photo of content type ${String(contentType)}`);
    const target = this.pathOf(key, extension);
    if (await exists(target)) return; // same key, same bytes: already stored

    await mkdir(this.folderOf(key), { recursive: true });
    const temporary = join(this.folderOf(key), `.${key}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const file = await open(temporary, 'wx');
      try {
        await file.writeFile(body);
        // Without this, a power cut after the rename can leave an empty file under the key.
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, target);
    } catch (err) {
      await unlink(temporary).catch(() => undefined);
      throw err;
    }
  }

  async get(key: string): Promise<StoredPhotoBody | undefined> {
    assertPhotoKey(key);
    for (const [contentType, extension] of BY_EXTENSION) {
      try {
        return { body: await readFile(this.pathOf(key, extension)), contentType };
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
    return undefined;
  }

  private folderOf(key: string): string {
    return join(this.root, key.slice(0, 2));
  }

  private pathOf(key: string, extension: string): string {
    return join(this.folderOf(key), `${key}.${extension}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}
