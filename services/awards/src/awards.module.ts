import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@lc/platform';
import { CompetitionsModule } from './competitions/competitions.module';
import { KnownCompetitionOrmEntity } from './competitions/known-competition.orm-entity';
import { KnownCompetitions1732300000200 } from './migrations/1732300000200-known-competitions.migration';

export const AWARDS_API = {
  title: 'Awards service',
  description: 'Honour catalogue, quotas, nominations, publicity (公示) and objections, conferral and the competition fund.',
};

@Module({})
export class AwardsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AwardsModule,
      imports: [
        PlatformModule.forRoot({
          service: 'awards',
          schema: 'awards',
          config,
          entities: [KnownCompetitionOrmEntity],
          migrations: [KnownCompetitions1732300000200],
          orgTree: 'read-model',
          readsParticipation: true,
        }),
        CompetitionsModule,
      ],
    };
  }
}
