import 'reflect-metadata';
import { runService, serviceConfigSchema } from '@lc/platform';
import { ASSESSMENT_API, AssessmentModule } from './assessment.module';

void runService({ configSchema: serviceConfigSchema, module: AssessmentModule.forRoot, api: ASSESSMENT_API });
