import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `audit_log` table, created in the schema of the service that runs the migration (the
 * connection's search_path). List it after the messaging migration.
 */
export class AuditTrail1732300000050 implements MigrationInterface {
  name = 'AuditTrail1732300000050';

  async up(q: QueryRunner): Promise<void> {
    // AuditTrail.append gives seq itself (previous + 1, under its lock) instead of taking it from the
    // sequence, which a rolled-back append would consume: so seq has no holes but deleted entries.
    await q.query(`
      CREATE TABLE audit_log (
        seq                bigserial PRIMARY KEY,
        entry_id           uuid NOT NULL UNIQUE,
        occurred_at        timestamptz NOT NULL,
        actor_id           text NOT NULL,
        actor_org_unit_id  text NOT NULL,
        action             text NOT NULL,
        entity_type        text NOT NULL,
        entity_id          text NOT NULL,
        org_unit_id        text,
        org_path           text,
        before             jsonb,
        after              jsonb,
        reason             text,
        correlation_id     text NOT NULL,
        prev_hash          text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash               text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
      )`);
    // Auditors' queries, newest first: seq last in the key lets the index deliver that order.
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, seq)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq)`);
    await q.query(`CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at)`);
    // text_pattern_ops: LIKE '/city/county-a/%' can use it whatever the database's collation.
    await q.query(`CREATE INDEX audit_log_org_path_idx ON audit_log (org_path text_pattern_ops)`);
    // The service itself never changes an entry: refuse it outright. The hash chain is what catches
    // anyone able to get past this (the table owner can disable triggers).
    await q.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_refuse_change()`);
  }
}
