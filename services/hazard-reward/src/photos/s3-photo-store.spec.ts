import { CreateBucketCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Test } from '@nestjs/testing';
import { startMotoServer, MotoServer } from '../../test/fixtures/moto-server.fixture';
import { PhotoIntake } from './photo-intake';
import { InvalidPhotoKeyError, photoKeyOf, PhotoStore } from './photo-store';
import { PhotosModule } from './photos.module';
import { hazardRewardTestConfig, serviceConfigModule } from '../../test/fixtures/photos-config.fixture';
import { S3PhotoStore, S3PhotoStoreSettings } from './s3-photo-store';
import { phoneJpeg, randomBytes, SECRETS } from '../../test/fixtures/test-images.fixture';

// Against a real S3-compatible server (moto), started for this file on a free port.
let moto: MotoServer;
let settings: S3PhotoStoreSettings;
let admin: S3Client;
let store: S3PhotoStore;
let bucketNumber = 0;

beforeAll(async () => {
  moto = await startMotoServer();
});
afterAll(async () => {
  await moto?.stop();
});

beforeEach(async () => {
  settings = {
    endpoint: moto.endpoint,
    region: 'us-east-1',
    bucket: `hazard-photos-${++bucketNumber}`,
    accessKeyId: 'test-key-id',
    secretAccessKey: 'test-secret',
    forcePathStyle: true,
  };
  admin = new S3Client({ ...settings, credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } });
  await admin.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  store = new S3PhotoStore(settings);
});
afterEach(() => {
  store.onModuleDestroy();
  admin.destroy();
});

const body = randomBytes(5000, 11);
const key = photoKeyOf(body);

async function objectsInBucket(): Promise<string[]> {
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: settings.bucket }));
  return (listed.Contents ?? []).map((o) => o.Key!);
}

describe('S3PhotoStore', () => {
  it('keeps a photo as an object named by its key, with its content type, and gives it back', async () => {
    await store.put(key, body, 'image/webp');

    expect(await objectsInBucket()).toEqual([key]);
    const head = await admin.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: key }));
    expect(head).toMatchObject({ ContentType: 'image/webp', ContentLength: body.length });
    expect(await store.get(key)).toEqual({ body, contentType: 'image/webp' });
  });

  it('answers undefined for a key with nothing stored', async () => {
    expect(await store.get(photoKeyOf(Buffer.from('never stored')))).toBeUndefined();
  });

  it('is idempotent: putting a stored key again leaves one object with the same bytes', async () => {
    await store.put(key, body, 'image/png');
    await store.put(key, Buffer.from(body), 'image/png');
    await Promise.all([store.put(key, body, 'image/png'), store.put(key, body, 'image/png')]);

    expect(await objectsInBucket()).toEqual([key]);
    expect(await store.get(key)).toEqual({ body, contentType: 'image/png' });
  });

  it('refuses keys that are not 64 lowercase hex digits, and bytes that do not hash to the key', async () => {
    for (const bad of ['', '../x', `${key.slice(0, 2)}/${key.slice(3)}`, key.toUpperCase(), `${key}/`]) {
      await expect(store.put(bad, body, 'image/jpeg')).rejects.toThrow(InvalidPhotoKeyError);
      await expect(store.get(bad)).rejects.toThrow(InvalidPhotoKeyError);
    }
    await expect(store.put(key, Buffer.from('other bytes'), 'image/jpeg')).rejects.toThrow('do not hash to its key');
    expect(await objectsInBucket()).toEqual([]);
  });

  it('does not serve, as a photo, an object that is not one', async () => {
    const page = Buffer.from('<html><script>alert(1)</script></html>');
    const pageKey = photoKeyOf(page);
    await admin.send(new PutObjectCommand({ Bucket: settings.bucket, Key: pageKey, Body: page, ContentType: 'text/html' }));
    await expect(store.get(pageKey)).rejects.toThrow('has content type text/html, not a photo');
  });

  it('fails loudly when the bucket does not exist', async () => {
    const lost = new S3PhotoStore({ ...settings, bucket: 'no-such-bucket' });
    try {
      await expect(lost.put(key, body, 'image/jpeg')).rejects.toThrow(/bucket/i);
    } finally {
      lost.onModuleDestroy();
    }
  });

  it('is what PhotosModule stores through with PHOTO_STORE=s3', async () => {
    const config = hazardRewardTestConfig({
      PHOTO_STORE: 's3',
      S3_ENDPOINT: settings.endpoint,
      S3_BUCKET: settings.bucket,
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    });
    const app = await Test.createTestingModule({ imports: [serviceConfigModule(config), PhotosModule] }).compile();
    await app.init();
    try {
      expect(app.get(PhotoStore)).toBeInstanceOf(S3PhotoStore);
      const [photo] = await app.get(PhotoIntake).accept([{ buffer: await phoneJpeg() }]);

      expect(await objectsInBucket()).toEqual([photo.key]);
      const stored = (await store.get(photo.key))!;
      expect(stored.contentType).toBe('image/jpeg');
      expect(photoKeyOf(stored.body)).toBe(photo.key);
      expect(stored.body.includes(SECRETS.description)).toBe(false);
    } finally {
      await app.close();
    }
  });
});
