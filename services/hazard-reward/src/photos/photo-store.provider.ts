import type { Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@lc/platform';
import type { HazardRewardConfig } from '../config/hazard-reward-config';
import { LocalDiskPhotoStore } from './local-disk-photo-store';
import { PhotoStore } from './photo-store';
import { S3PhotoStore } from './s3-photo-store';

export type PhotoStoreConfig = Pick<
  HazardRewardConfig,
  | 'PHOTO_STORE'
  | 'PHOTO_STORE_DIR'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>;

/** The store PHOTO_STORE names: files under PHOTO_STORE_DIR (the default) or an S3-compatible bucket. */
export function createPhotoStore(config: PhotoStoreConfig): PhotoStore {
  if (config.PHOTO_STORE !== 's3') return new LocalDiskPhotoStore(config.PHOTO_STORE_DIR);
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  // The config schema already requires these with PHOTO_STORE=s3; this only tells TypeScript (and a hand-built config).
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error('PHOTO_STORE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  return new S3PhotoStore({
    endpoint,
    region: config.S3_REGION,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}

export const photoStoreProvider: Provider = {
  provide: PhotoStore,
  inject: [SERVICE_CONFIG],
  useFactory: (config: HazardRewardConfig) => createPhotoStore(config),
};
