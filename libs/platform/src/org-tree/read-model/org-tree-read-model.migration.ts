import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's copy of the org tree (ids, kinds, names, ancestor paths), kept from registration's
 * org-unit events. `version` is the unit's change counter at registration: older events are ignored.
 */
export class OrgTreeReadModel1732300000060 implements MigrationInterface {
  name = 'OrgTreeReadModel1732300000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_tree_units (
        id         text PRIMARY KEY,
        kind       text NOT NULL,
        name       text NOT NULL,
        parent_id  text,
        path       text NOT NULL,
        active     boolean NOT NULL,
        version    integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Subtree queries and the rebase of a moved subtree are prefix matches on path.
    await q.query(`CREATE INDEX org_tree_units_path_idx ON org_tree_units (path text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org_tree_units`);
  }
}
