import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ApprovalDelegationGrantedV1,
  approvalDelegationGrantedV1,
  ApprovalDelegationRevokedV1,
  approvalDelegationRevokedV1,
  EventEnvelope,
} from '@lc/contracts';
import { InboxContext, InboxEvent } from '../messaging/inbox-event.decorator';

/**
 * A delegation granted in registration, applied to this service's approval_delegations: from then on its
 * chains accept the deputy's decisions on the approver's behalf. Keyed by the delegation id, so applying
 * it again (registration applies its own, already written) changes nothing.
 */
@Controller()
export class ApprovalDelegationGrantedHandler {
  @InboxEvent(approvalDelegationGrantedV1, { consumer: 'approval-delegations' })
  async handle(@Payload() { payload: d, occurredAt }: EventEnvelope<ApprovalDelegationGrantedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.query(
      `INSERT INTO approval_delegations (id, approver_user_id, deputy_user_id, valid_from, valid_until, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [d.delegationId, d.approverUserId, d.deputyUserId, d.validFrom, d.validUntil, d.reason, occurredAt],
    );
  }
}

@Controller()
export class ApprovalDelegationRevokedHandler {
  @InboxEvent(approvalDelegationRevokedV1, { consumer: 'approval-delegations' })
  async handle(@Payload() { payload: d }: EventEnvelope<ApprovalDelegationRevokedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    // The grant comes first on the delegation's key, so the row is there.
    await tx.query(`UPDATE approval_delegations SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [d.delegationId, d.revokedAt]);
  }
}

export const approvalDelegationHandlers = [ApprovalDelegationGrantedHandler, ApprovalDelegationRevokedHandler];
