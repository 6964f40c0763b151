import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { competitionCreatedV1 } from '@lc/contracts';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { toCompetitionResponse } from '../../competition.response.dto';
import { assertScopeWithinOrganiser, assertValidParent, planColumns } from '../../plan-checks';
import { CreateCompetitionRequestDto } from './create-competition.request.dto';

@Injectable()
export class CreateCompetitionService {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly commands: AuditedCommand,
  ) {}

  /** Saves the draft competition, its competition.created event and its audit entry in one transaction. */
  async execute(request: CreateCompetitionRequestDto, caller: Caller): Promise<CompetitionOrmEntity> {
    const organiser = await this.directory.getReferenced(request.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
    await assertScopeWithinOrganiser(request, organiser, this.directory);
    return this.commands.run(caller, async ({ tx, audit, publish }) => {
      if (request.parentCompetitionId) {
        await assertValidParent(tx, request.parentCompetitionId, { organiser, startDate: request.startDate, endDate: request.endDate }, this.directory);
      }
      const competition = await tx.save(
        tx.create(CompetitionOrmEntity, {
          kind: 'labour_competition',
          participantScope: {},
          ...planColumns(request),
          id: randomUUID(),
          name: request.name,
          organiserOrgUnitId: organiser.id,
          startDate: request.startDate,
          endDate: request.endDate,
          status: 'draft',
          parentCompetitionId: request.parentCompetitionId ?? null,
          version: 1,
          updatedAt: new Date(),
        }),
      );
      await publish(competitionCreatedV1, {
        aggregateId: competition.id,
        orgUnitId: competition.organiserOrgUnitId,
        payload: {
          competitionId: competition.id,
          name: competition.name,
          organiserOrgUnitId: competition.organiserOrgUnitId,
          startDate: competition.startDate,
          endDate: competition.endDate,
          kind: competition.kind,
          parentCompetitionId: competition.parentCompetitionId,
        },
      });
      await audit({
        action: 'competition.created',
        entity: { type: 'competition', id: competition.id, orgUnitId: organiser.id, orgPath: organiser.path },
        after: toCompetitionResponse(competition),
      });
      return competition;
    });
  }
}
