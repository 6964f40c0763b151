import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { approvalDelegationGrantedV1 } from '@lc/contracts';
import { AuditedCommand, Caller } from '@lc/platform';
import { UserRepository } from '../../../users/user.repository';
import { DelegationRepository } from '../../delegation.repository';
import { DelegationDto } from '../../delegation.response.dto';
import { GrantDelegationRequestDto } from './grant-delegation.request.dto';
import { DelegationRefused } from '../../delegation.errors';

/**
 * One delegation for every service: written here and, through the outbox, applied by each service that
 * owns approval chains, so the deputy's decisions on the approver's behalf are accepted everywhere.
 */
@Injectable()
export class GrantDelegationService {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly users: UserRepository,
    private readonly commands: AuditedCommand,
  ) {}

  async grant(body: GrantDelegationRequestDto, caller: Caller): Promise<DelegationDto> {
    const approver = caller.principal.userId;
    const validFrom = new Date(body.validFrom);
    const validUntil = new Date(body.validUntil);
    if (!(validFrom < validUntil)) throw DelegationRefused.periodReversed();
    if (body.deputyUserId === approver) throw DelegationRefused.toSelf();
    const id = randomUUID();
    return this.commands.run(caller, async ({ tx, audit, publish }) => {
      if (!(await this.users.isActiveHeld(tx, body.deputyUserId))) throw DelegationRefused.noSuchDeputy(body.deputyUserId);
      await this.delegations.insert(tx, { id, approverUserId: approver, deputyUserId: body.deputyUserId, validFrom, validUntil, reason: body.reason });
      await audit({
        action: 'approval-delegation.granted',
        entity: { type: 'approval-delegation', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
        after: { deputyUserId: body.deputyUserId, validFrom: validFrom.toISOString(), validUntil: validUntil.toISOString() },
        reason: body.reason,
      });
      await publish(approvalDelegationGrantedV1, {
        aggregateId: id,
        orgUnitId: caller.principal.orgUnitId,
        payload: {
          delegationId: id,
          approverUserId: approver,
          deputyUserId: body.deputyUserId,
          validFrom: validFrom.toISOString(),
          validUntil: validUntil.toISOString(),
          reason: body.reason,
        },
      });
      return this.delegations.view(tx, id);
    });
  }
}
