import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { approvalDelegationRevokedV1 } from '@lc/contracts';
import { AuditedCommand, Caller, CurrentCaller, idParam } from '@lc/platform';
import { DelegationDto } from '../../delegation.response.dto';
import { DelegationRepository } from '../../delegation.repository';
import { DelegationAlreadyRevoked, DelegationNotFound } from '../../delegation.errors';

/** The approver ends their delegation early; every service refuses the deputy's decisions under it from then on. */
@ApiTags('delegations')
@Controller('delegations')
export class RevokeDelegationHttpController {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly commands: AuditedCommand,
  ) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ operationId: 'revokeDelegation', summary: '撤销委托', description: 'Only the approver who granted it' })
  @ApiOkResponse({ type: DelegationDto })
  @ApiNotFoundResponse({ description: 'No delegation of yours with this id' })
  @ApiConflictResponse({ description: 'Already revoked' })
  revoke(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<DelegationDto> {
    return this.commands.run(caller, async ({ tx, audit, publish }) => {
      const found = await this.delegations.lockOwn(tx, id, caller.principal.userId);
      if (!found) throw new DelegationNotFound(id);
      if (found.revoked_at) throw new DelegationAlreadyRevoked(id);
      const revokedAt = new Date();
      await this.delegations.revoke(tx, id, revokedAt);
      await audit({
        action: 'approval-delegation.revoked',
        entity: { type: 'approval-delegation', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
      });
      await publish(approvalDelegationRevokedV1, {
        aggregateId: id,
        orgUnitId: caller.principal.orgUnitId,
        payload: { delegationId: id, approverUserId: caller.principal.userId, revokedAt: revokedAt.toISOString() },
      });
      return this.delegations.view(tx, id);
    });
  }
}
