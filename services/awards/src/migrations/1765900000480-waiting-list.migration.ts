import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list (候补) of a quota: a nomination approved when every place was taken waits from the
 * moment of its approval, and a freed place goes to the first waiting. Nominations already over quota
 * wait from their last change, their approval.
 */
export class WaitingList1765900000480 implements MigrationInterface {
  name = 'WaitingList1765900000480';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN waiting_since timestamptz`);
    await q.query(`UPDATE nominations SET waiting_since = updated_at WHERE status = 'over_quota'`);
    await q.query(`CREATE INDEX nominations_waiting_idx ON nominations (honour_code, conferring_unit_id, year, waiting_since, id) WHERE status = 'over_quota'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_waiting_idx`);
    await q.query(`ALTER TABLE nominations DROP COLUMN waiting_since`);
  }
}
