import { DynamicModule, Global, Module } from '@nestjs/common';
import { inboxConsumerProvider } from '../messaging/inbox-consumer.provider';
import { RevokedSessions } from './revoked-sessions';
import { SessionRevokedHandler } from './session-revoked.handler';

/**
 * For every service, registration included: the sessions registration has ended, kept by the
 * service's own consumer group, which the access guard refuses. Global, so that the guard finds it.
 */
@Global()
@Module({})
export class SessionRevocationModule {
  static forService(service: string): DynamicModule {
    return {
      module: SessionRevocationModule,
      providers: [RevokedSessions, SessionRevokedHandler, inboxConsumerProvider(`${service}.sessions`, [SessionRevokedHandler])],
      exports: [RevokedSessions],
    };
  }
}
