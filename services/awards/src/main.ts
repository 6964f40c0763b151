import 'reflect-metadata';
import { runService } from '@lc/platform';
import { AWARDS_API, AwardsModule } from './awards.module';
import { awardsConfigSchema } from './config/awards-config';

void runService({ configSchema: awardsConfigSchema, module: AwardsModule.forRoot, api: AWARDS_API });
