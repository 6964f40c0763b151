import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { approvalDelegationGrantedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { auditActorOf, Caller } from '@lc/platform';
import { DELEGATION_COLUMNS, DelegationDto } from '../../delegation.response.dto';
import { GrantDelegationRequestDto } from './grant-delegation.request.dto';
import { DelegationRefused } from '../../delegation.errors';

/**
 * One delegation for every service: written here and, through the outbox, applied by each service that
 * owns approval chains, so the deputy's decisions on the approver's behalf are accepted everywhere.
 */
@Injectable()
export class GrantDelegationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  async grant(body: GrantDelegationRequestDto, caller: Caller): Promise<DelegationDto> {
    const approver = caller.principal.userId;
    const validFrom = new Date(body.validFrom);
    const validUntil = new Date(body.validUntil);
    if (!(validFrom < validUntil)) throw DelegationRefused.periodReversed();
    if (body.deputyUserId === approver) throw DelegationRefused.toSelf();
    const id = randomUUID();
    return this.dataSource.transaction(async (tx) => {
      const [deputy]: { active: boolean }[] = await tx.query(`SELECT active FROM users WHERE id = $1 FOR SHARE`, [body.deputyUserId]);
      if (!deputy?.active) throw DelegationRefused.noSuchDeputy(body.deputyUserId);
      await tx.query(
        `INSERT INTO approval_delegations (id, approver_user_id, deputy_user_id, valid_from, valid_until, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, approver, body.deputyUserId, validFrom, validUntil, body.reason],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'approval-delegation.granted',
        entity: { type: 'approval-delegation', id, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
        after: { deputyUserId: body.deputyUserId, validFrom: validFrom.toISOString(), validUntil: validUntil.toISOString() },
        reason: body.reason,
        correlationId: caller.correlationId,
      });
      await this.outbox.publish(tx, approvalDelegationGrantedV1, {
        aggregateId: id,
        orgUnitId: caller.principal.orgUnitId,
        correlationId: caller.correlationId,
        payload: {
          delegationId: id,
          approverUserId: approver,
          deputyUserId: body.deputyUserId,
          validFrom: validFrom.toISOString(),
          validUntil: validUntil.toISOString(),
          reason: body.reason,
        },
      });
      const [row]: DelegationDto[] = await tx.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.id = $1`, [id]);
      return row;
    });
  }
}
