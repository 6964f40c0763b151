export * from './record-revoked-sessions';
export * from './revoked-sessions';
export * from './revoked-sessions.migration';
export * from './session-revocation.module';
export * from './session-revoked.handler';
