import { DynamicModule, Module } from '@nestjs/common';
import { loadConfig, SERVICE_CONFIG } from '@lc/platform';
import { serviceEnv } from '@lc/testing';
import { HazardRewardConfig, hazardRewardConfigSchema } from '../config/hazard-reward-config';

/** Hazard-reward's config as the service parses it, with the given PHOTO_* / S3_* settings. */
export function hazardRewardTestConfig(settings: Record<string, string>): HazardRewardConfig {
  return loadConfig(hazardRewardConfigSchema, {
    ...serviceEnv({ databaseUrl: 'postgres://lc:lc@127.0.0.1:5432/unused', prefix: 'photos-test' }),
    PORT: '3000', // never listened on: the tests build the module, not an HTTP server
    REPORTER_TAG_KEY: 'photos-test-reporter-tag-key-0123456789',
    ...settings,
  });
}

@Module({})
class TestServiceConfigModule {}

/** What PlatformModule gives every service module, SERVICE_CONFIG, without the rest of the platform. */
export function serviceConfigModule(config: HazardRewardConfig): DynamicModule {
  return {
    module: TestServiceConfigModule,
    global: true,
    providers: [{ provide: SERVICE_CONFIG, useValue: config }],
    exports: [SERVICE_CONFIG],
  };
}
