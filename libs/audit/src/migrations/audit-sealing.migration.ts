import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entries are written without a lock in the change's transaction and sealed into the hash chain after
 * commit (see AuditSealer). An entry now has:
 * - `id`: the order it was written in (a sequence, with holes where transactions rolled back);
 * - `tx_id`: the writing transaction, so that the sealer takes an entry only once every transaction
 *   that began before it has ended;
 * - `seq`, `prev_hash`, `hash`: its place in the chain, null until sealed, then never changed.
 * Entries written before this migration were sealed as they were written: their id is their seq.
 */
export class AuditSealing1764800000000 implements MigrationInterface {
  name = 'AuditSealing1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN id bigint, ADD COLUMN tx_id xid8`);
    await q.query(`UPDATE audit_log SET id = seq`);
    await q.query(`CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id`);
    await q.query(`SELECT setval('audit_log_id_seq', GREATEST((SELECT max(id) FROM audit_log), 1), (SELECT count(*) > 0 FROM audit_log))`);
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey`);
    await q.query(`
      ALTER TABLE audit_log
        ALTER COLUMN id SET DEFAULT nextval('audit_log_id_seq'),
        ALTER COLUMN id SET NOT NULL,
        ALTER COLUMN tx_id SET DEFAULT pg_current_xact_id(),
        ALTER COLUMN seq DROP DEFAULT,
        ALTER COLUMN seq DROP NOT NULL,
        ALTER COLUMN prev_hash DROP NOT NULL,
        ALTER COLUMN hash DROP NOT NULL,
        ADD PRIMARY KEY (id),
        ADD CONSTRAINT audit_log_seq_unique UNIQUE (seq),
        ADD CONSTRAINT audit_log_sealed_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL))`);
    await q.query(`DROP SEQUENCE IF EXISTS audit_log_seq_seq`);
    // The sealer's work list: unsealed entries in transaction order.
    await q.query(`CREATE INDEX audit_log_unsealed_idx ON audit_log (tx_id, id) WHERE seq IS NULL`);
    // Readers page newest first by id now (an entry is listed as soon as it is written, sealed or not).
    await q.query(`DROP INDEX audit_log_entity_idx, audit_log_actor_idx`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`);
    // Append-only still, except for sealing: setting seq and the hashes of an unsealed entry, once, and
    // nothing else of it.
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  async down(): Promise<void> {
    throw new Error('AuditSealing cannot be undone: entries written since have no seq until sealed');
  }
}
