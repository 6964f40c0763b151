import { DynamicModule, Global, Module } from '@nestjs/common';
import type { OrgPathColumn } from '../org-tree/read-model/moved-path-rebaser';
import { Participation } from './participation';
import { participationEventHandlers } from './participation-events.handlers';

/** The enrolled units' paths, copied from enrolment events: they follow moves like the tree itself. */
export const participationOrgPathColumns: readonly OrgPathColumn[] = [{ table: 'participation_enrolments', column: 'org_path' }];

/** For services that follow who takes part in competitions (assessment, awards), with their own consumer group. */
@Global()
@Module({})
export class ParticipationReadModelModule {
  static forService(): DynamicModule {
    return {
      module: ParticipationReadModelModule,
      controllers: participationEventHandlers,
      providers: [Participation],
      exports: [Participation],
    };
  }
}
