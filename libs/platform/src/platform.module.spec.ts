import { DynamicModule } from '@nestjs/common';
import { generateSigningKeyPair } from '@lc/auth';
import { ServiceConfig } from './config/service-config';
import { PlatformModule, PlatformOptions } from './platform.module';
import { UserDirectoryReadModelModule } from './users/read-model/user-directory-read-model.module';

const config = {
  LOG_LEVEL: 'warn',
  KAFKA_BROKERS: ['127.0.0.1:19092'],
  KAFKA_TOPIC_PREFIX: '',
  AUTH_PUBLIC_KEY: generateSigningKeyPair().publicKeyPem,
} as unknown as ServiceConfig;
const options: PlatformOptions = { service: 'svc', schema: 'svc', config, entities: [], migrations: [], orgTree: 'read-model' };

/** Which read-model modules a service gets; building the module description connects to nothing. */
const importedModules = (module: DynamicModule) => (module.imports ?? []).map((m) => (m as DynamicModule).module);

describe('PlatformModule options', () => {
  it('keeps a users read model only when asked', () => {
    expect(importedModules(PlatformModule.forRoot({ ...options, readsUsers: true }))).toContain(UserDirectoryReadModelModule);
    expect(importedModules(PlatformModule.forRoot(options))).not.toContain(UserDirectoryReadModelModule);
  });

  it('refuses readsUsers for a service that owns the tree, saying why', () => {
    expect(() => PlatformModule.forRoot({ ...options, orgTree: 'owner', readsUsers: true })).toThrow(
      "readsUsers: svc has orgTree 'owner', but the users read model needs orgTree 'read-model' (its approver directory joins the copy of the tree to leave out deactivated units)",
    );
  });

  it('provides the approver directory and the user directory to the whole service', () => {
    const module = UserDirectoryReadModelModule.forService();
    expect(module.exports?.map((e) => (typeof e === 'function' ? e.name : e))).toEqual(['UserDirectory', 'UserDirectoryListeners', 'ApproverDirectory']);
  });
});
