import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApprovalDelegationGrantedV1,
  approvalDelegationGrantedV1,
  ApprovalDelegationRevokedV1,
  approvalDelegationRevokedV1,
  EventEnvelope,
} from '@lc/contracts';
import { EventHandler } from '@lc/messaging';

/**
 * A delegation granted in registration, applied to this service's approval_delegations: from then on its
 * chains accept the deputy's decisions on the approver's behalf. Keyed by the delegation id, so applying
 * it again (registration applies its own, already written) changes nothing.
 */
@Injectable()
export class ApprovalDelegationGrantedHandler implements EventHandler<ApprovalDelegationGrantedV1> {
  readonly contract = approvalDelegationGrantedV1;

  async handle({ payload: d, occurredAt }: EventEnvelope<ApprovalDelegationGrantedV1>, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO approval_delegations (id, approver_user_id, deputy_user_id, valid_from, valid_until, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [d.delegationId, d.approverUserId, d.deputyUserId, d.validFrom, d.validUntil, d.reason, occurredAt],
    );
  }
}

@Injectable()
export class ApprovalDelegationRevokedHandler implements EventHandler<ApprovalDelegationRevokedV1> {
  readonly contract = approvalDelegationRevokedV1;

  async handle({ payload: d }: EventEnvelope<ApprovalDelegationRevokedV1>, tx: EntityManager): Promise<void> {
    // The grant comes first on the delegation's key, so the row is there.
    await tx.query(`UPDATE approval_delegations SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [d.delegationId, d.revokedAt]);
  }
}

export const approvalDelegationHandlers = [ApprovalDelegationGrantedHandler, ApprovalDelegationRevokedHandler];
