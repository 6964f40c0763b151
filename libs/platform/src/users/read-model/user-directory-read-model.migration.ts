import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's copy of registration's users (unit, name, roles, active), kept from user.* events: who
 * decides at a unit, who a record designates. `version` is the user's change counter at registration:
 * older events are ignored. `created_at` is when registration created the user, so deciders come in
 * registration's order.
 */
export class UserDirectoryReadModel1732300000090 implements MigrationInterface {
  name = 'UserDirectoryReadModel1732300000090';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_directory (
        id            text PRIMARY KEY,
        org_unit_id   text NOT NULL,
        display_name  text NOT NULL,
        roles         text[] NOT NULL,
        active        boolean NOT NULL,
        version       integer NOT NULL,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // The approver directory asks for the users of one unit.
    await q.query(`CREATE INDEX user_directory_org_unit_idx ON user_directory (org_unit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_directory`);
  }
}
