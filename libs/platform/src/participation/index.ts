export * from './participation';
export * from './participation-read-model.migration';
export * from './participation-read-model.module';
