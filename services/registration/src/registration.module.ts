import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@lc/platform';
import { CompetitionOrmEntity } from './competitions/competition.orm-entity';
import { CompetitionsModule } from './competitions/competitions.module';
import { Competitions1732300000100 } from './migrations/1732300000100-competitions.migration';

export const REGISTRATION_API = {
  title: 'Registration service',
  description: 'Org tree, competitions (竞赛活动), plan filing, enrolment, registers and coverage.',
};

@Module({})
export class RegistrationModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: RegistrationModule,
      imports: [
        PlatformModule.forRoot({
          service: 'registration',
          schema: 'registration',
          config,
          entities: [CompetitionOrmEntity],
          migrations: [Competitions1732300000100],
        }),
        CompetitionsModule,
      ],
    };
  }
}
