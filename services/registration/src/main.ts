import 'reflect-metadata';
import { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp, runService, SERVICE_CONFIG, ServiceApiDescription } from '@lc/platform';
import { RegistrationConfig, registrationConfigSchema } from './config/registration-config';
import { REGISTRATION_API, RegistrationModule } from './registration.module';

/** The service's app, believing X-Forwarded-For from the proxies it is told to trust (see TRUSTED_PROXIES). */
async function createRegistrationApp(module: DynamicModule, api: ServiceApiDescription) {
  const app = await createServiceApp(module, api);
  const { TRUSTED_PROXIES } = app.get<RegistrationConfig>(SERVICE_CONFIG);
  if (TRUSTED_PROXIES) (app as NestExpressApplication).set('trust proxy', TRUSTED_PROXIES);
  return app;
}

void runService({ configSchema: registrationConfigSchema, module: RegistrationModule.forRoot, api: REGISTRATION_API, createApp: createRegistrationApp });
