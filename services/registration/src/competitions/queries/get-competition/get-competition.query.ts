import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { Repository } from 'typeorm';
import { errorMessage } from '@lc/messaging';
import { Caller, callTemporal, OrgDirectory, ScopeChecker, TEMPORAL_CLIENT } from '@lc/platform';
import { CompetitionAcknowledgementResult, competitionAcknowledgementWorkflowId } from '@lc/workflows';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { AcknowledgementDto, CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { CompetitionNotFound } from '../../competition.errors';

const ACKNOWLEDGEMENT_DEADLINE_MS = 3_000;

@Injectable()
export class GetCompetitionQuery {
  constructor(
    @InjectRepository(CompetitionOrmEntity) private readonly competitions: Repository<CompetitionOrmEntity>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly logger: PinoLogger,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async execute(id: string, caller: Caller): Promise<CompetitionResponseDto> {
    const competition = await this.competitions.findOneBy({ id });
    if (!competition) throw new CompetitionNotFound(id);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${id}`);
    return { ...toCompetitionResponse(competition, await this.acknowledgement(id)), organiserName: organiser.name };
  }

  /** The acknowledgement workflow as Temporal sees it right now; not worth holding up the answer for long. */
  private async acknowledgement(competitionId: string): Promise<AcknowledgementDto> {
    const workflowId = competitionAcknowledgementWorkflowId(competitionId);
    try {
      const handle = this.temporal.workflow.getHandle(workflowId);
      return await callTemporal(
        this.temporal,
        async () => {
          const { status } = await handle.describe();
          if (status.name !== 'COMPLETED') return { workflowId, status: status.name };
          const result: CompetitionAcknowledgementResult = await handle.result();
          return { workflowId, status: status.name, reference: result.reference, acknowledgedAt: result.acknowledgedAt };
        },
        ACKNOWLEDGEMENT_DEADLINE_MS,
      );
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return { workflowId, status: 'NOT_STARTED' };
      // The competition is still worth showing while Temporal cannot be reached.
      this.logger.warn({ workflowId, err: errorMessage(err) }, 'workflow state unavailable');
      return { workflowId, status: 'UNAVAILABLE' };
    }
  }
}
