import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parentPathOf } from '@lc/org';
import { ApprovalsService, AuditedCommand, Caller, OrgDirectory, OrgUnitRef, ScopeChecker } from '@lc/platform';
import { CompetitionChanges } from '../../competition-changes';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { PLAN_FILING, planFilingDeciders, planFilingLevel } from './plan-filing';
import { CompetitionNotFound, PlanNotDraft } from '../../competition.errors';

@Injectable()
export class SubmitPlanFilingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly approvals: ApprovalsService,
    private readonly commands: AuditedCommand,
    private readonly changes: CompetitionChanges,
  ) {}

  /**
   * Files a draft plan with the unions above its organiser, up to the city union: in one transaction
   * the plan is marked as being filed (so it cannot be filed twice) and its approval chain is
   * submitted, which starts once the transaction commits. A chain that cannot start (nobody to decide
   * at a level) is refused with the reason and the plan stays a draft.
   */
  async execute(competitionId: string, caller: Caller, firstBoxOpinion?: string): Promise<{ workflowId: string | null; steps: { stepId: string; title: string }[] }> {
    const competition = await this.dataSource.getRepository(CompetitionOrmEntity).findOneBy({ id: competitionId });
    if (!competition) throw new CompetitionNotFound(competitionId);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
    if (parentPathOf(organiser.path) === null) return this.fileAtTheTop(competition, organiser, caller);
    return this.commands.run(caller, async (command) => {
      const { tx } = command;
      const { affected } = await tx.update(CompetitionOrmEntity, { id: competitionId, status: 'draft' }, { status: 'filing' });
      if (!affected) throw new PlanNotDraft(competitionId, competition.status);
      const { workflowId, steps } = await this.approvals.submit(
        tx,
        {
          itemKind: PLAN_FILING,
          itemId: competitionId,
          title: competition.name,
          form: 'plan-filing',
          submitterUnitId: organiser.id,
          upToLevel: planFilingLevel,
          deciders: planFilingDeciders,
          firstBoxOpinion,
        },
        caller,
      );
      await this.changes.statusMoved(command, { ...competition, status: 'filing' }, 'draft');
      await command.audit({
        action: 'competition.filing-submitted',
        entity: { type: 'competition', id: competitionId, orgUnitId: organiser.id, orgPath: organiser.path },
        before: { status: 'draft' },
        after: { status: 'filing' },
      });
      return { workflowId, steps: steps.map((s) => ({ stepId: s.stepId, title: s.title })) };
    });
  }

  /**
   * The top union of this platform files its plan with the union above it outside the platform (the
   * provincial federation): the plan is recorded as filed at once, and the audit trail says why.
   */
  private async fileAtTheTop(competition: CompetitionOrmEntity, organiser: OrgUnitRef, caller: Caller): Promise<{ workflowId: null; steps: [] }> {
    await this.commands.run(caller, async (command) => {
      const { affected } = await command.tx.update(CompetitionOrmEntity, { id: competition.id, status: 'draft' }, { status: 'filed', updatedAt: new Date() });
      if (!affected) throw new PlanNotDraft(competition.id, competition.status);
      await this.changes.statusMoved(command, { ...competition, status: 'filed' }, 'draft');
      await command.audit({
        action: 'competition.filed',
        entity: { type: 'competition', id: competition.id, orgUnitId: organiser.id, orgPath: organiser.path },
        before: { status: 'draft' },
        after: { status: 'filed' },
        reason: `organised by ${organiser.id}, the top union of this platform: its plan is filed with the union above it outside the platform`,
      });
    });
    return { workflowId: null, steps: [] };
  }
}
