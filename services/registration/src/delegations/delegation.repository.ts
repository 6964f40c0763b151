import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DELEGATION_COLUMNS, DelegationDto } from './delegation.response.dto';

/** The delegations of approvals (委托审批): every statement on `approval_delegations`. */
@Injectable()
export class DelegationRepository {
  async view(tx: EntityManager, id: string): Promise<DelegationDto> {
    const [row]: DelegationDto[] = await tx.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.id = $1`, [id]);
    return row;
  }

  async insert(
    tx: EntityManager,
    d: { id: string; approverUserId: string; deputyUserId: string; validFrom: Date; validUntil: Date; reason: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO approval_delegations (id, approver_user_id, deputy_user_id, valid_from, valid_until, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [d.id, d.approverUserId, d.deputyUserId, d.validFrom, d.validUntil, d.reason],
    );
  }

  /** The approver's own delegation, locked; undefined when the approver gave none with this id. */
  async lockOwn(tx: EntityManager, id: string, approverUserId: string): Promise<{ revoked_at: Date | null } | undefined> {
    const [found]: { revoked_at: Date | null }[] = await tx.query(`SELECT revoked_at FROM approval_delegations WHERE id = $1 AND approver_user_id = $2 FOR UPDATE`, [
      id,
      approverUserId,
    ]);
    return found;
  }

  async revoke(tx: EntityManager, id: string, revokedAt: Date): Promise<void> {
    await tx.query(`UPDATE approval_delegations SET revoked_at = $2 WHERE id = $1`, [id, revokedAt]);
  }
}
