import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { applyLifecycle, LifecycleAction, lifecycleAuditAction } from '../../competition-lifecycle';
import { CompetitionChanges } from '../../competition-changes';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { CompetitionNotFound, LifecycleActionRefused } from '../../competition.errors';

@Injectable()
export class ChangeLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly changes: CompetitionChanges,
    private readonly commands: AuditedCommand,
  ) {}

  /** The organiser moves its competition along; an action that does not apply now is refused with why. */
  async execute(competitionId: string, action: LifecycleAction, reason: string | undefined, caller: Caller): Promise<CompetitionOrmEntity> {
    const current = await this.dataSource.getRepository(CompetitionOrmEntity).findOneBy({ id: competitionId });
    if (!current) throw new CompetitionNotFound(competitionId);
    const organiser = await this.directory.get(current.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
    return this.commands.run(caller, async (command) => {
      const before = await command.tx.findOneOrFail(CompetitionOrmEntity, { where: { id: competitionId }, lock: { mode: 'pessimistic_write' } });
      const next = applyLifecycle(before.status, action);
      if ('refused' in next) throw new LifecycleActionRefused(next.refused, before.status);
      return this.changes.save(command, { before, changes: { status: next.to }, action: lifecycleAuditAction[action], reason }, organiser);
    });
  }
}
