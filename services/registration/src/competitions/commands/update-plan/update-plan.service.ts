import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { approvalChainWorkflowId } from '@lc/workflows';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { CompetitionChanges } from '../../competition-changes';
import { CompetitionQueries } from '../../competitions.queries';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { assertScopeWithinOrganiser, planColumns } from '../../plan-checks';
import { PLAN_FILING } from '../submit-plan-filing/plan-filing';
import { UpdatePlanRequestDto } from './update-plan.request.dto';
import { CompetitionNotFound, EndBeforeStart, PlanNotEditable } from '../../competition.errors';

@Injectable()
export class UpdatePlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly changes: CompetitionChanges,
    private readonly queries: CompetitionQueries,
    private readonly commands: AuditedCommand,
  ) {}

  /**
   * The organiser completes its plan while it is a draft, or revises it when the filing was returned
   * (退回修改) before resubmitting; a plan being decided, or filed, is not changed under the approvers.
   */
  async execute(competitionId: string, request: UpdatePlanRequestDto, caller: Caller): Promise<CompetitionOrmEntity> {
    const current = await this.dataSource.getRepository(CompetitionOrmEntity).findOneBy({ id: competitionId });
    if (!current) throw new CompetitionNotFound(competitionId);
    const organiser = await this.directory.get(current.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
    await assertScopeWithinOrganiser(request, organiser, this.directory);
    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      const before = await tx.findOneOrFail(CompetitionOrmEntity, { where: { id: competitionId }, lock: { mode: 'pessimistic_write' } });
      if (!(await this.editable(tx, before))) {
        throw new PlanNotEditable(competitionId, before.status);
      }
      const changes: Partial<CompetitionOrmEntity> = { ...planColumns(request) };
      if (request.name !== undefined) changes.name = request.name.trim();
      if (request.startDate !== undefined) changes.startDate = request.startDate;
      if (request.endDate !== undefined) changes.endDate = request.endDate;
      const startDate = changes.startDate ?? before.startDate;
      const endDate = changes.endDate ?? before.endDate;
      if (endDate < startDate) throw new EndBeforeStart();
      return this.changes.save(command, { before, changes, action: 'competition.plan-updated', reason: request.reason }, organiser);
    });
  }

  private async editable(tx: EntityManager, competition: CompetitionOrmEntity): Promise<boolean> {
    if (competition.status === 'draft') return true;
    if (competition.status !== 'filing') return false;
    return (await this.queries.approvalItemStatus(tx, approvalChainWorkflowId(PLAN_FILING, competition.id))) === 'returned';
  }
}
