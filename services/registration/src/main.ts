import 'reflect-metadata';
import { runService } from '@lc/platform';
import { registrationConfigSchema } from './config/registration-config';
import { REGISTRATION_API, RegistrationModule } from './registration.module';

void runService({ configSchema: registrationConfigSchema, module: RegistrationModule.forRoot, api: REGISTRATION_API });
