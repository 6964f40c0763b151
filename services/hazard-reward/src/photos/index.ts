export * from './photos.module';
export * from './photo-intake';
export * from './photo-store';
export * from './photo-format';
export * from './photo-rejected.error';
export * from './local-disk-photo-store';
export * from './s3-photo-store';
export { MAX_PHOTO_PIXELS } from './photo-limits';
