import { Test } from '@nestjs/testing';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskPhotoStore } from './local-disk-photo-store';
import { PhotoIntake } from './photo-intake';
import { PhotoStore } from './photo-store';
import { PhotosModule } from './photos.module';
import { hazardRewardTestConfig, serviceConfigModule } from '../../test/fixtures/photos-config.fixture';
import { S3PhotoStore } from './s3-photo-store';
import { phoneJpeg } from '../../test/fixtures/test-images.fixture';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'photos-module-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

async function photosModuleWith(settings: Record<string, string>) {
  const app = await Test.createTestingModule({ imports: [serviceConfigModule(hazardRewardTestConfig(settings)), PhotosModule] }).compile();
  return app.init();
}

describe('PhotosModule', () => {
  it('stores on local disk by default, under PHOTO_STORE_DIR, and applies PHOTO_MAX_BYTES', async () => {
    const app = await photosModuleWith({ PHOTO_STORE_DIR: dir, PHOTO_MAX_BYTES: String(64 * 1024) });
    try {
      expect(app.get(PhotoStore)).toBeInstanceOf(LocalDiskPhotoStore);
      const [photo] = await app.get(PhotoIntake).accept([{ buffer: await phoneJpeg() }]);

      expect(await readdir(join(dir, photo.key.slice(0, 2)))).toEqual([`${photo.key}.jpg`]);
      expect((await app.get(PhotoStore).get(photo.key))?.contentType).toBe('image/jpeg');
      const oversized = Buffer.concat([await phoneJpeg(), Buffer.alloc(64 * 1024)]);
      await expect(app.get(PhotoIntake).accept([{ buffer: oversized }])).rejects.toThrow('photos[0]: is larger than 64 KiB');
    } finally {
      await app.close();
    }
  });

  it('stores in S3 when PHOTO_STORE is s3', async () => {
    const app = await photosModuleWith({
      PHOTO_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'photos',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    try {
      expect(app.get(PhotoStore)).toBeInstanceOf(S3PhotoStore);
    } finally {
      await app.close();
    }
  });
});
