import { DynamicModule, Global, Module } from '@nestjs/common';
import { inboxConsumerProvider } from '../../messaging/inbox-consumer.provider';
import { OrgDirectory } from '../org-directory';
import { orgTreeEventHandlers } from './org-tree-events.handlers';
import { GetOrgTreeUnitHttpController } from './get-org-tree-unit.http.controller';
import { OrgUnitCache } from './org-unit-cache';
import { ReadModelOrgDirectory } from './read-model.org-directory';

/** For every service but registration: its copy of the org tree, kept by its own consumer group. */
@Global()
@Module({})
export class OrgTreeReadModelModule {
  static forService(service: string): DynamicModule {
    return {
      module: OrgTreeReadModelModule,
      controllers: [GetOrgTreeUnitHttpController],
      providers: [
        OrgUnitCache,
        ...orgTreeEventHandlers,
        inboxConsumerProvider(`${service}.org-tree`, orgTreeEventHandlers),
        { provide: OrgDirectory, useClass: ReadModelOrgDirectory },
      ],
      exports: [OrgDirectory],
    };
  }
}
