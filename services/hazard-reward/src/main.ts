import 'reflect-metadata';
import { runService } from '@lc/platform';
import { hazardRewardConfigSchema } from './config/hazard-reward-config';
import { HAZARD_REWARD_API, HazardRewardModule } from './hazard-reward.module';

void runService({ configSchema: hazardRewardConfigSchema, module: HazardRewardModule.forRoot, api: HAZARD_REWARD_API });
