import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import { isPhotoContentType, PhotoContentType } from './photo-format';
import { assertKeyMatches, assertPhotoKey, PhotoStore, StoredPhotoBody } from './photo-store';

export interface S3PhotoStoreSettings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Buckets addressed as `<endpoint>/<bucket>` rather than `<bucket>.<host>`, as most self-hosted stores want. */
  forcePathStyle: boolean;
}

/**
 * Photos as objects in an S3-compatible bucket (which must exist), named by their key and carrying their
 * content type. Putting a key again writes the same bytes again, which changes nothing.
 */
export class S3PhotoStore extends PhotoStore implements OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3PhotoStoreSettings) {
    super();
    this.bucket = settings.bucket;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  async put(key: string, body: Buffer, contentType: PhotoContentType): Promise<void> {
    assertPhotoKey(key);
    assertKeyMatches(key, body);
    if (!isPhotoContentType(contentType)) throw new Error(`cannot store a photo of content type ${String(contentType)}`);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<StoredPhotoBody | undefined> {
    assertPhotoKey(key);
    let response;
    try {
      response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (err instanceof NoSuchKey) return undefined;
      throw err;
    }
    if (!response.Body) throw new Error(`photo ${key} in bucket ${this.bucket} has no body`);
    const body = Buffer.from(await response.Body.transformToByteArray());
    const contentType = response.ContentType;
    // Not one put wrote: served as a photo, a browser might run it (an HTML page, an SVG with script).
    if (!isPhotoContentType(contentType)) {
      throw new Error(`object ${key} in bucket ${this.bucket} has content type ${String(contentType)}, not a photo's`);
    }
    return { body, contentType };
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
