import 'reflect-metadata';
import { runService, serviceConfigSchema } from '@lc/platform';
import { HAZARD_REWARD_API, HazardRewardModule } from './hazard-reward.module';

void runService({ configSchema: serviceConfigSchema, module: HazardRewardModule.forRoot, api: HAZARD_REWARD_API });
