import { Body, ConflictException, Controller, ForbiddenException, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConflictResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { sharesLineage, unionCadreRoles } from '@lc/org';
import { auditActorOf, Caller, CurrentCaller, idParam, RequireRoles, TEMPORAL_CLIENT, uuidParam } from '@lc/platform';
import {
  lodgeObjectionUpdate,
  lodgeObjectionUpdateId,
  publicityPeriodWorkflowId,
  ruleOnObjectionUpdate,
  ruleOnObjectionUpdateId,
} from '@lc/workflows';
import { nominationAuditEntity } from '../nominations/nomination-row';
import { NominationStore } from '../nominations/nomination-store';

class LodgeObjectionRequestDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'reason: say what is objected to' })
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
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly store: NominationStore,
    private readonly audit: AuditTrail,
  ) {}

  @Post(':id/objections')
  @ApiOkResponse({ description: '{ objectionId, status }' })
  @ApiConflictResponse({ description: 'The nomination is not in publicity, or its period is over' })
  async lodge(@Param('id', idParam) id: string, @Body() body: LodgeObjectionRequestDto, @CurrentCaller() caller: Caller) {
    const nomination = await this.store.load(id);
    if (!sharesLineage(caller.principal.orgPath, nomination.nominee_path)) {
      throw new ForbiddenException(`objections come from the nominee's own line of units; your unit ${caller.principal.orgUnitId} is not on it`);
    }
    if (nomination.status !== 'publicity') throw new ConflictException(`nomination ${id} is ${nomination.status}, not in publicity`);
    const objectionId = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO objections (id, nomination_id, lodged_by, reason, status) VALUES ($1, $2, $3, $4, 'pending')`, [
        objectionId,
        id,
        caller.principal.userId,
        body.reason,
      ]);
      // Accepted by the workflow before the objection commits: a late objection leaves nothing behind.
      await this.send(() =>
        this.temporal.workflow.getHandle(publicityPeriodWorkflowId(id)).executeUpdate(lodgeObjectionUpdate, {
          args: [{ objectionId }],
          updateId: lodgeObjectionUpdateId(objectionId),
        }),
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'nomination.objection-lodged',
        entity: nominationAuditEntity(nomination),
        after: { objectionId },
        reason: body.reason,
        correlationId: caller.correlationId,
      });
    });
    return { objectionId, status: 'pending' };
  }

  @Post(':id/objections/:objectionId/ruling')
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ description: '{ objectionId, status, nominationStatus }' })
  async rule(
    @Param('id', idParam) id: string,
    @Param('objectionId', uuidParam('objectionId must be a UUID')) objectionId: string,
    @Body() body: RuleOnObjectionRequestDto,
    @CurrentCaller() caller: Caller,
  ) {
    const nomination = await this.store.load(id);
    if (caller.principal.orgPath !== nomination.conferring_path) {
      throw new ForbiddenException(`the conferring union ${nomination.conferring_unit_id} rules on objections`);
    }
    const status = body.upheld ? 'upheld' : 'dismissed';
    await this.dataSource.transaction(async (tx) => {
      const [objection]: { status: string }[] = await tx.query(`SELECT status FROM objections WHERE id = $1 AND nomination_id = $2 FOR UPDATE`, [objectionId, id]);
      if (!objection) throw new ConflictException(`objectionId: nomination ${id} has no objection ${objectionId}`);
      await tx.query(`UPDATE objections SET status = $2, ruled_by = $3, ruling_note = $4, ruled_at = now() WHERE id = $1`, [
        objectionId,
        status,
        caller.principal.userId,
        body.note ?? null,
      ]);
      // Accepted by the workflow before the ruling commits (a refused ruling leaves nothing); an upheld
      // objection's withdrawal is recorded by the workflow's activity before the answer comes back.
      // The audit entry comes after: the activity appends to the same trail, whose lock this
      // transaction must not hold while it waits for the activity.
      await this.send(() =>
        this.temporal.workflow.getHandle(publicityPeriodWorkflowId(id)).executeUpdate(ruleOnObjectionUpdate, {
          args: [{ objectionId, upheld: body.upheld }],
          updateId: ruleOnObjectionUpdateId(objectionId, body.upheld),
        }),
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: `nomination.objection-${status}`,
        entity: nominationAuditEntity(nomination),
        after: { objectionId, status },
        reason: body.note,
        correlationId: caller.correlationId,
      });
    });
    return { objectionId, status, nominationStatus: (await this.store.load(id)).status };
  }

  private async send<T>(update: () => Promise<T>): Promise<T> {
    try {
      return await update();
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new ConflictException(err.cause?.message ?? err.message);
      throw err;
    }
  }
}
