import { Module } from '@nestjs/common';
import { PhotoIntake } from './photo-intake';
import { photoStoreProvider } from './photo-store.provider';
import { PhotoStore } from './photo-store';

/**
 * Report photos: PhotoIntake checks, cleans and stores an upload's photos; PhotoStore gives them back by
 * key. Reads PHOTO_* and S3_* from the service config (SERVICE_CONFIG, provided by PlatformModule).
 */
@Module({
  providers: [PhotoIntake, photoStoreProvider],
  exports: [PhotoIntake, PhotoStore],
})
export class PhotosModule {}
