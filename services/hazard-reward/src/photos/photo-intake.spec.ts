import { BadRequestException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { LocalDiskPhotoStore } from './local-disk-photo-store';
import { PhotoIntake, UploadedPhoto } from './photo-intake';
import { PhotoRejectedError } from './photo-rejected.error';
import {
  gif,
  noiseJpeg,
  pdf,
  phoneJpeg,
  pngBomb,
  pngWithTextChunks,
  randomBytes,
  SECRETS,
  truncatedJpeg,
  webpWithExif,
} from '../../test/fixtures/test-images.fixture';

const MiB = 1024 * 1024;
const ONLY = 'only JPEG, PNG and WebP photos are accepted';

let dir: string;
let store: LocalDiskPhotoStore;
let intake: PhotoIntake;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photo-intake-'));
  store = new LocalDiskPhotoStore(dir);
  intake = new PhotoIntake({ PHOTO_MAX_BYTES: 8 * MiB }, store);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const upload = (buffer: Buffer, originalname = 'photo.jpg', mimetype = 'image/jpeg'): UploadedPhoto => ({ buffer, originalname, mimetype });

/** Every file under the store's folder, temporary ones included. */
async function storedFiles(): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
}

async function rejection(promise: Promise<unknown>): Promise<PhotoRejectedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof PhotoRejectedError)) throw new Error(`expected a PhotoRejectedError, got ${String(err)}`);
  return err;
}

/** What a stored photo still tells about itself. */
async function leftovers(body: Buffer) {
  const m = await sharp(body).metadata();
  return { exif: m.exif, xmp: m.xmp, iptc: m.iptc, icc: m.icc, comments: m.comments, orientation: m.orientation };
}

const NOTHING_LEFT = { exif: undefined, xmp: undefined, iptc: undefined, icc: undefined, comments: undefined, orientation: undefined };

describe('PhotoIntake', () => {
  describe('cleaning', () => {
    it('strips EXIF (GPS included), XMP and the ICC profile from a phone JPEG and turns it upright', async () => {
      const input = await phoneJpeg();
      const before = await sharp(input).metadata();
      expect(before).toMatchObject({ width: 40, height: 20, orientation: 6 });
      expect([before.exif, before.xmp, before.icc].every(Boolean)).toBe(true);

      const [photo] = await intake.accept([upload(input)]);

      expect(photo).toMatchObject({ contentType: 'image/jpeg', width: 20, height: 40 });
      const stored = (await store.get(photo.key))!;
      expect(stored.contentType).toBe('image/jpeg');
      expect(await leftovers(stored.body)).toEqual(NOTHING_LEFT);
      const after = await sharp(stored.body).metadata();
      expect(after).toMatchObject({ format: 'jpeg', width: 20, height: 40, space: 'srgb' });
      for (const secret of Object.values(SECRETS)) expect(stored.body.includes(secret)).toBe(false);
      expect(stored.body.includes('Exif\0')).toBe(false);

      // Orientation 6 means "turn 90° clockwise to view": the left (red) half ends up on top.
      const { data, info } = await sharp(stored.body).raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
      const [topR, , topB] = pixel(10, 5);
      const [bottomR, , bottomB] = pixel(10, 35);
      expect(topR).toBeGreaterThan(topB);
      expect(bottomB).toBeGreaterThan(bottomR);
    });

    it('strips text and EXIF chunks from a PNG and keeps it a PNG', async () => {
      const input = await pngWithTextChunks();
      expect((await sharp(input).metadata()).comments).toHaveLength(2);

      const [photo] = await intake.accept([upload(input, 'screenshot.png', 'image/png')]);

      expect(photo).toMatchObject({ contentType: 'image/png', width: 30, height: 10 });
      const stored = (await store.get(photo.key))!;
      expect((await sharp(stored.body).metadata()).format).toBe('png');
      expect(await leftovers(stored.body)).toEqual(NOTHING_LEFT);
      for (const secret of Object.values(SECRETS)) expect(stored.body.includes(secret)).toBe(false);
    });

    it('strips EXIF from a WebP and keeps it a WebP', async () => {
      const input = await webpWithExif();
      expect((await sharp(input).metadata()).exif).toBeDefined();

      const [photo] = await intake.accept([upload(input, 'x.webp', 'image/webp')]);

      expect(photo).toMatchObject({ contentType: 'image/webp', width: 24, height: 12 });
      const stored = (await store.get(photo.key))!;
      expect((await sharp(stored.body).metadata()).format).toBe('webp');
      expect(await leftovers(stored.body)).toEqual(NOTHING_LEFT);
      expect(stored.body.includes(SECRETS.description)).toBe(false);
    });

    it('returns, in upload order, the key (SHA-256 of the stored bytes), type, size and dimensions of each photo', async () => {
      const photos = await intake.accept([upload(await webpWithExif()), upload(await phoneJpeg()), upload(await pngWithTextChunks())]);

      expect(photos.map((p) => p.contentType)).toEqual(['image/webp', 'image/jpeg', 'image/png']);
      for (const photo of photos) {
        const stored = (await store.get(photo.key))!;
        expect(photo.key).toMatch(/^[0-9a-f]{64}$/);
        expect(photo.key).toBe(createHash('sha256').update(stored.body).digest('hex'));
        expect(photo.bytes).toBe(stored.body.length);
        expect(photo).toMatchObject(await sharp(stored.body).metadata().then(({ width, height }) => ({ width, height })));
      }
    });

    it('stores the same photo once, under the same key, however often it is sent', async () => {
      const input = await phoneJpeg();
      const [first, again] = await intake.accept([upload(input), upload(Buffer.from(input))]);
      const [later] = await intake.accept([upload(input, 'other-name.jpg')]);

      expect(again.key).toBe(first.key);
      expect(later.key).toBe(first.key);
      expect(await storedFiles()).toEqual([`${first.key}.jpg`]);
    });
  });

  describe('refusing', () => {
    it('decides the type by content, not by the name or the mimetype the client sent', async () => {
      const gifAsJpeg = upload(await gif(), 'hazard.jpg', 'image/jpeg');
      await expect(intake.accept([gifAsJpeg])).rejects.toThrow(`photos[0]: is a GIF image; ${ONLY}`);

      const [photo] = await intake.accept([upload(await phoneJpeg(), 'hazard.gif', 'image/gif')]);
      expect(photo.contentType).toBe('image/jpeg');
    });

    it('names the field and the position of the refused photo', async () => {
      const good = upload(await phoneJpeg());
      await expect(intake.accept([good, good, upload(await gif())])).rejects.toThrow(`photos[2]: is a GIF image; ${ONLY}`);
      await expect(intake.accept([upload(pdf(), 'scan.jpg')])).rejects.toThrow(`photos[0]: is a PDF document; ${ONLY}`);
      await expect(intake.accept([good, upload(randomBytes(5000))])).rejects.toThrow(`photos[1]: is not an image; ${ONLY}`);
      await expect(intake.accept([upload(Buffer.alloc(0))])).rejects.toThrow('photos[0]: is empty');
      await expect(intake.accept([good, upload(pdf())], 'rectificationPhotos')).rejects.toThrow(
        `rectificationPhotos[1]: is a PDF document; ${ONLY}`,
      );
    });

    it('lists every refused photo at once, as a 400', async () => {
      const err = await rejection(intake.accept([upload(await gif()), upload(await phoneJpeg()), upload(randomBytes(100))]));

      expect(err).toBeInstanceOf(BadRequestException);
      expect(err.getStatus()).toBe(400);
      expect(err.problems).toEqual([
        { field: 'photos', index: 0, message: `photos[0]: is a GIF image; ${ONLY}` },
        { field: 'photos', index: 2, message: `photos[2]: is not an image; ${ONLY}` },
      ]);
      expect(err.getResponse()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: `photos[0]: is a GIF image; ${ONLY}\nphotos[2]: is not an image; ${ONLY}`,
        problems: err.problems,
      });
    });

    it('stores nothing when any photo of the upload is refused', async () => {
      const uploads = [upload(await phoneJpeg()), upload(await pngWithTextChunks()), upload(await truncatedJpeg())];
      await expect(intake.accept(uploads)).rejects.toThrow('photos[2]: is a damaged or incomplete JPEG image');
      expect(await storedFiles()).toEqual([]);

      await intake.accept(uploads.slice(0, 2));
      expect(await storedFiles()).toHaveLength(2);
    });

    it('refuses a truncated JPEG, even though its header reads fine', async () => {
      const input = await truncatedJpeg();
      expect((await sharp(input).metadata()).width).toBe(200);
      await expect(intake.accept([upload(input)])).rejects.toThrow('photos[0]: is a damaged or incomplete JPEG image');
    });

    it('refuses a file with a photo signature but no photo behind it', async () => {
      const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(500)]);
      await expect(intake.accept([upload(fakePng)])).rejects.toThrow('photos[0]: is a damaged or incomplete PNG image');
    });

    it('refuses a photo over PHOTO_MAX_BYTES and names the limit', async () => {
      const input = await noiseJpeg(300, 300);
      expect(input.length).toBeGreaterThan(64 * 1024);
      const strict = new PhotoIntake({ PHOTO_MAX_BYTES: 64 * 1024 }, store);

      await expect(strict.accept([upload(input)])).rejects.toThrow('photos[0]: is larger than 64 KiB, the most a photo may be');
      await expect(strict.accept([upload(input.subarray(0, 64 * 1024))])).rejects.toThrow('damaged'); // at the limit: size is fine
      await expect(intake.accept([upload(input)])).resolves.toHaveLength(1);
    });

    it('refuses a decompression bomb from its header, before decoding it', async () => {
      const bomb = pngBomb(); // 400 megapixels in ~50 KB
      expect(bomb.length).toBeLessThan(100 * 1024);
      const started = Date.now();

      await expect(intake.accept([upload(bomb)])).rejects.toThrow('photos[0]: is 20000 × 20000 pixels; photos may have at most 50 megapixels');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await storedFiles()).toEqual([]);
    });
  });
});
