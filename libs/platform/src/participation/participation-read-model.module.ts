import { DynamicModule, Global, Module } from '@nestjs/common';
import { inboxConsumerProvider } from '../messaging/inbox-consumer.provider';
import { Participation } from './participation';
import { participationEventHandlers } from './participation-events.handlers';

/** For services that follow who takes part in competitions (assessment, awards), with their own consumer group. */
@Global()
@Module({})
export class ParticipationReadModelModule {
  static forService(service: string): DynamicModule {
    return {
      module: ParticipationReadModelModule,
      providers: [...participationEventHandlers, inboxConsumerProvider(`${service}.participation`, participationEventHandlers), Participation],
      exports: [Participation],
    };
  }
}
