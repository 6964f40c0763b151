import 'reflect-metadata';
import { runService, serviceConfigSchema } from '@lc/platform';
import { REGISTRATION_API, RegistrationModule } from './registration.module';

void runService({ configSchema: serviceConfigSchema, module: RegistrationModule.forRoot, api: REGISTRATION_API });
