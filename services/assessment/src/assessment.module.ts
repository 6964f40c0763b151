import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@lc/platform';
import { EnrolledUnitsModule } from './enrolled-units/enrolled-units.module';

export const ASSESSMENT_API = {
  title: 'Assessment service',
  description: 'Scoring templates, self and review scoring, evaluation indicators, skills contests (技能比武) and rankings.',
};

@Module({})
export class AssessmentModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        PlatformModule.forRoot({
          service: 'assessment',
          schema: 'assessment',
          config,
          entities: [],
          migrations: [],
          orgTree: 'read-model',
          readsParticipation: true,
        }),
        EnrolledUnitsModule,
      ],
    };
  }
}
