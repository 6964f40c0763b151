import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MovedPathRebaser, OrgDirectory } from '@lc/platform';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { CreateOrgUnitHttpController } from './commands/create-org-unit/create-org-unit.http.controller';
import { CreateOrgUnitService } from './commands/create-org-unit/create-org-unit.service';
import { DeactivateOrgUnitHttpController } from './commands/deactivate-org-unit/deactivate-org-unit.http.controller';
import { DeactivateOrgUnitService } from './commands/deactivate-org-unit/deactivate-org-unit.service';
import { ImportEnterprisesHttpController } from './commands/import-enterprises/import-enterprises.http.controller';
import { ImportEnterprisesService } from './commands/import-enterprises/import-enterprises.service';
import { MoveOrgUnitHttpController } from './commands/move-org-unit/move-org-unit.http.controller';
import { MoveOrgUnitService } from './commands/move-org-unit/move-org-unit.service';
import { UpdateOrgUnitHttpController } from './commands/update-org-unit/update-org-unit.http.controller';
import { UpdateOrgUnitService } from './commands/update-org-unit/update-org-unit.service';
import { OrgTreeChanges } from './org-tree-changes';
import { OrgUnitRepository } from './org-unit.repository';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';
import { OrgUnitsDirectory } from './org-units.directory';
import { GetOrgUnitHttpController } from './queries/get-org-unit/get-org-unit.http.controller';
import { ListAncestorsHttpController } from './queries/list-ancestors/list-ancestors.http.controller';
import { ListSubtreeHttpController } from './queries/list-subtree/list-subtree.http.controller';

/**
 * The org tree registration owns. Global: the platform's audit endpoints and every module resolve units
 * here, and the modules that store org paths with their rows (approvals) register them with the
 * MovedPathRebaser that a move rebases in its own transaction.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrgUnitOrmEntity]), SessionsModule],
  controllers: [
    // Before the ':id' routes, so that 'imports' is never read as a unit id.
    ImportEnterprisesHttpController,
    CreateOrgUnitHttpController,
    UpdateOrgUnitHttpController,
    MoveOrgUnitHttpController,
    DeactivateOrgUnitHttpController,
    ListSubtreeHttpController,
    ListAncestorsHttpController,
    GetOrgUnitHttpController,
  ],
  providers: [
    { provide: OrgDirectory, useClass: OrgUnitsDirectory },
    MovedPathRebaser,
    OrgUnitRepository,
    OrgTreeChanges,
    CreateOrgUnitService,
    UpdateOrgUnitService,
    MoveOrgUnitService,
    DeactivateOrgUnitService,
    ImportEnterprisesService,
  ],
  exports: [OrgDirectory, MovedPathRebaser, OrgUnitRepository, OrgTreeChanges, TypeOrmModule],
})
export class OrgUnitsModule {}
