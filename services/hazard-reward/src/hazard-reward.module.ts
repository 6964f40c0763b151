import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@lc/platform';

export const HAZARD_REWARD_API = {
  title: 'Hazard reward service',
  description: 'Hazard reports (安全隐患随手拍), verification, reward rules and ledger, hazard archive (隐患档案) and close-out (销号).',
};

@Module({})
export class HazardRewardModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: HazardRewardModule,
      imports: [PlatformModule.forRoot({ service: 'hazard-reward', schema: 'hazard_reward', config, entities: [], migrations: [], orgTree: 'read-model' })],
    };
  }
}
