import 'reflect-metadata';
import { runService, serviceConfigSchema } from '@lc/platform';
import { AWARDS_API, AwardsModule } from './awards.module';

void runService({ configSchema: serviceConfigSchema, module: AwardsModule.forRoot, api: AWARDS_API });
