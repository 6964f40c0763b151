import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApprovalsService, AuditedCommand, Caller, formProblemsRefused, OrgDirectory, ScopeChecker } from '@lc/platform';
import { approvalChainWorkflowId } from '@lc/workflows';
import { takesEnrolments } from '../../../competitions/competition-lifecycle';
import { CompetitionOrmEntity } from '../../../competitions/competition.orm-entity';
import { compositionProblems, PioneerTeamForm } from '../../pioneer-team-form';
import { PIONEER_TEAM_APPLICATION, pioneerTeamChain } from '../../pioneer-team-chain';
import { PioneerTeamApplicationRequestDto } from '../../pioneer-team-form.request.dto';
import { NotACreationCompetition, NotATeam, NotTakingApplications, TeamAlreadyApplied } from '../../pioneer-team.errors';
import { UnknownCompetitionReferenced } from '../../../competitions/competition.errors';
import { PioneerTeamApplicationRepository } from '../../pioneer-team-application.repository';

@Injectable()
export class SubmitPioneerTeamApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: PioneerTeamApplicationRepository,
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly approvals: ApprovalsService,
  ) {}

  /** Checks the form, records it and submits its four-box approval chain in one transaction; nothing is kept if the chain cannot start. */
  async execute(request: PioneerTeamApplicationRequestDto, caller: Caller): Promise<{ id: string; workflowId: string; steps: { stepId: string; title: string }[] }> {
    const { competitionId, teamUnitId, firstBoxOpinion, ...form } = request;
    const problems = compositionProblems(form as PioneerTeamForm);
    if (problems.length > 0) throw formProblemsRefused(problems);
    // Scope before state: the unit and the competition must be the caller's to act on before what they
    // are (a team? a creation competition? taking applications?) shapes the answer.
    const team = await this.directory.getReferenced(teamUnitId, 'teamUnitId');
    await this.scope.assert(caller, 'write', { orgPath: team.path });
    if (team.kind !== 'team' || !team.parentId) throw new NotATeam(teamUnitId);
    const enterpriseUnitId = team.parentId;
    const competition = await this.dataSource.getRepository(CompetitionOrmEntity).findOneBy({ id: competitionId });
    if (!competition) throw new UnknownCompetitionReferenced('competitionId', competitionId);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${competitionId}`);
    if (competition.kind !== 'team_creation') {
      throw new NotACreationCompetition(competitionId);
    }
    if (!takesEnrolments(competition.status)) {
      throw new NotTakingApplications(competitionId, competition.status);
    }

    const id = randomUUID();
    const workflowId = approvalChainWorkflowId(PIONEER_TEAM_APPLICATION, id);
    return this.commands.run(caller, async ({ tx, audit }) => {
      const live = await this.applications.liveOfTeam(tx, competitionId, teamUnitId);
      if (live) throw new TeamAlreadyApplied(teamUnitId, live.id);
      await this.applications.insertSubmitted(tx, { id, competitionId, teamUnitId, enterpriseUnitId, form, workflowId, submittedBy: caller.principal.userId });
      await audit({
        action: 'pioneer-team-application.submitted',
        entity: { type: PIONEER_TEAM_APPLICATION, id, orgUnitId: team.id, orgPath: team.path },
        after: { competitionId, teamUnitId, form },
      });
      // A chain that cannot start (a box nobody can fill) refuses, and the application is not kept.
      const { steps } = await this.approvals.submit(
        tx,
        { itemKind: PIONEER_TEAM_APPLICATION, itemId: id, title: `工人先锋号创建申报：${team.name}`, submitterUnitId: team.id, ...pioneerTeamChain, firstBoxOpinion },
        caller,
      );
      return { id, workflowId, steps: steps.map((s) => ({ stepId: s.stepId, title: s.title })) };
    });
  }
}

