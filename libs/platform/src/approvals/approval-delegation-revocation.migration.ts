import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delegations are granted once in registration and copied here from its events: a revoked one stays,
 * marked, so that a late decision under it is refused and the record of who might decide remains.
 */
export class ApprovalDelegationRevocation1765500000071 implements MigrationInterface {
  name = 'ApprovalDelegationRevocation1765500000071';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE approval_delegations ADD COLUMN revoked_at timestamptz`);
    // Given by me and to me, newest first.
    await q.query(`CREATE INDEX approval_delegations_approver_idx ON approval_delegations (approver_user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX approval_delegations_approver_idx`);
    await q.query(`ALTER TABLE approval_delegations DROP COLUMN revoked_at`);
  }
}
