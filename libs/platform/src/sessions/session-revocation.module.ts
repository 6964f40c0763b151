import { DynamicModule, Global, Module } from '@nestjs/common';
import { RevokedSessions } from './revoked-sessions';
import { SessionRevokedHandler } from './session-revoked.handler';

/**
 * For every service, registration included: the sessions registration has ended, kept by the
 * service's own consumer group, which the access guard refuses. Global, so that the guard finds it.
 */
@Global()
@Module({})
export class SessionRevocationModule {
  static forService(): DynamicModule {
    return {
      module: SessionRevocationModule,
      controllers: [SessionRevokedHandler],
      providers: [RevokedSessions],
      exports: [RevokedSessions],
    };
  }
}
