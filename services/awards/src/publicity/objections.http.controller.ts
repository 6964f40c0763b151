import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { unionCadreRoles } from '@lc/org';
import { auditActorOf, Caller, callTemporal, CurrentCaller, idParam, RequireRoles, TEMPORAL_CLIENT, uuidParam, IsNotBlank } from '@lc/platform';
import {
  lodgeObjectionUpdate,
  lodgeObjectionUpdateId,
  publicityPeriodWorkflowId,
  ruleOnObjectionUpdate,
  ruleOnObjectionUpdateId,
} from '@lc/workflows';
import { NominationRepository } from '../nominations/nomination.repository';
import { NominationVisibility } from '../nominations/nomination-visibility';
import { NotInPublicity, NotTheConferringUnion, ObjectionNotFound, PublicityOver, PublicityRefused } from './publicity.errors';
import { LodgedObjectionDto, ObjectionRulingDto } from '../nominations/nomination.response.dto';

class LodgeObjectionRequestDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotBlank({ message: 'reason: say what is objected to' })
  @MaxLength(2000)
  reason: string;
}

class RuleOnObjectionRequestDto {
  @ApiProperty({ description: 'true: the objection stands and the nomination is withdrawn' })
  @IsBoolean({ message: 'upheld: must be true or false' })
  upheld: boolean;

  @ApiProperty({ required: false, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/**
 * Objections (异议) during publicity (公示): anyone on the nominee's line may lodge one with a reason,
 * and the conferring union rules. The publicity workflow decides: an upheld objection withdraws the
 * nomination at once; the honour is conferred when the period is over with no objection pending.
 */
@ApiTags('nominations')
@Controller('nominations')
export class ObjectionsHttpController {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly nominations: NominationRepository,
    private readonly visibility: NominationVisibility,
  ) {}

  @Post(':id/objections')
  @ApiOperation({
    operationId: 'lodgeObjection',
    summary: '提出异议',
    description: "Anyone on the nominee's line of units may object, with a reason, while the nomination is in publicity (公示).",
  })
  @ApiCreatedResponse({ type: LodgedObjectionDto, description: 'Pending until the conferring union rules' })
  @ApiConflictResponse({ description: 'The nomination is not in publicity, or its period is over' })
  async lodge(@Param('id', idParam) id: string, @Body() body: LodgeObjectionRequestDto, @CurrentCaller() caller: Caller) {
    const nomination = await this.nominations.load(id);
    // Objections come from the nominee's own line of units, who may read the nomination.
    await this.visibility.assertReadable(caller, nomination);
    if (nomination.status !== 'publicity') throw new NotInPublicity(id, nomination.status);
    const objectionId = randomUUID();
    // The workflow accepts it (or refuses a late one, leaving nothing) and its activity stores it with
    // its audit entry before the answer comes back.
    await this.send(() =>
      this.temporal.workflow.getHandle(publicityPeriodWorkflowId(id)).executeUpdate(lodgeObjectionUpdate, {
        args: [{ objectionId, lodgedBy: auditActorOf(caller), reason: body.reason, correlationId: caller.correlationId }],
        updateId: lodgeObjectionUpdateId(objectionId),
      }),
    );
    return { objectionId, status: 'pending' };
  }

  @Post(':id/objections/:objectionId/ruling')
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'ruleOnObjection',
    summary: '处理异议',
    description: 'The conferring union upholds or dismisses an objection; an upheld objection withdraws the nomination.',
  })
  @ApiOkResponse({ type: ObjectionRulingDto })
  async rule(
    @Param('id', idParam) id: string,
    @Param('objectionId', uuidParam('objectionId must be a UUID')) objectionId: string,
    @Body() body: RuleOnObjectionRequestDto,
    @CurrentCaller() caller: Caller,
  ) {
    const nomination = await this.nominations.load(id);
    // Who may not read the nomination learns nothing of it here either, not even who rules on it.
    await this.visibility.assertReadable(caller, nomination);
    if (caller.principal.orgPath !== nomination.conferring_path) {
      throw new NotTheConferringUnion(nomination.conferring_unit_id);
    }
    if (!(await this.nominations.objectionStatus(id, objectionId))) throw new ObjectionNotFound(id, objectionId);
    const status = body.upheld ? 'upheld' : 'dismissed';
    // The workflow accepts the ruling (or refuses it, leaving nothing); its activities store it, and an
    // upheld objection's withdrawal, before the answer comes back.
    await this.send(() =>
      this.temporal.workflow.getHandle(publicityPeriodWorkflowId(id)).executeUpdate(ruleOnObjectionUpdate, {
        args: [{ objectionId, upheld: body.upheld, ruledBy: auditActorOf(caller), note: body.note ?? null, correlationId: caller.correlationId }],
        updateId: ruleOnObjectionUpdateId(objectionId, body.upheld),
      }),
    );
    return { objectionId, status, nominationStatus: (await this.nominations.load(id)).status };
  }

  private async send<T>(update: () => Promise<T>): Promise<T> {
    try {
      return await callTemporal(this.temporal, update);
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new PublicityRefused(err.cause?.message ?? err.message);
      // The publicity workflow ends with its period: after that there is nothing left to object to or rule on.
      if (err instanceof WorkflowNotFoundError) throw new PublicityOver();
      throw err;
    }
  }
}
