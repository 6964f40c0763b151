import { DynamicModule, Global, Module } from '@nestjs/common';
import { OrgDirectory } from '../org-directory';
import { orgTreeEventHandlers } from './org-tree-events.handlers';
import { MovedPathRebaser, OrgPathColumn } from './moved-path-rebaser';
import { GetOrgTreeUnitHttpController } from './get-org-tree-unit.http.controller';
import { OrgUnitCache } from './org-unit-cache';
import { ReadModelOrgDirectory } from './read-model.org-directory';

/** For every service but registration: its copy of the org tree, kept by its own consumer group. */
@Global()
@Module({})
export class OrgTreeReadModelModule {
  /** `pathColumns`: the service's own columns of stored org paths, rebased when a subtree moves. */
  static forService(pathColumns: readonly OrgPathColumn[] = []): DynamicModule {
    const rebaser = new MovedPathRebaser();
    rebaser.register(...pathColumns);
    return {
      module: OrgTreeReadModelModule,
      controllers: [GetOrgTreeUnitHttpController, ...orgTreeEventHandlers],
      providers: [
        OrgUnitCache,
        { provide: MovedPathRebaser, useValue: rebaser },
        { provide: OrgDirectory, useClass: ReadModelOrgDirectory },
      ],
      exports: [OrgDirectory, MovedPathRebaser],
    };
  }
}
