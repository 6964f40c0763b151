import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { approvalDelegationRevokedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { auditActorOf, Caller, CurrentCaller, idParam } from '@lc/platform';
import { DELEGATION_COLUMNS, DelegationDto } from '../../delegation.response.dto';
import { DelegationAlreadyRevoked, DelegationNotFound } from '../../delegation.errors';

/** The approver ends their delegation early; every service refuses the deputy's decisions under it from then on. */
@ApiTags('delegations')
@Controller('delegations')
export class RevokeDelegationHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ operationId: 'revokeDelegation', summary: '撤销委托', description: 'Only the approver who granted it' })
  @ApiOkResponse({ type: DelegationDto })
  @ApiNotFoundResponse({ description: 'No delegation of yours with this id' })
  @ApiConflictResponse({ description: 'Already revoked' })
  revoke(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<DelegationDto> {
    return this.dataSource.transaction(async (tx) => {
      const [found]: { revoked_at: Date | null }[] = await tx.query(
        `SELECT revoked_at FROM approval_delegations WHERE id = $1 AND approver_user_id = $2 FOR UPDATE`,
        [id, caller.principal.userId],
      );
      if (!found) throw new DelegationNotFound(id);
      if (found.revoked_at) throw new DelegationAlreadyRevoked(id);
      const revokedAt = new Date();
      await tx.query(`UPDATE approval_delegations SET revoked_at = $2 WHERE id = $1`, [id, revokedAt]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'approval-delegation.revoked',
        entity: { type: 'approval-delegation', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
        correlationId: caller.correlationId,
      });
      await this.outbox.publish(tx, approvalDelegationRevokedV1, {
        aggregateId: id,
        orgUnitId: caller.principal.orgUnitId,
        correlationId: caller.correlationId,
        payload: { delegationId: id, approverUserId: caller.principal.userId, revokedAt: revokedAt.toISOString() },
      });
      const [row]: DelegationDto[] = await tx.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.id = $1`, [id]);
      return row;
    });
  }
}
