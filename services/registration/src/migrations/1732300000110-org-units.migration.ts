import { MigrationInterface, QueryRunner } from 'typeorm';

/** The org tree (DOMAIN §1) with materialised ancestor paths, and its users. */
export class OrgUnits1732300000110 implements MigrationInterface {
  name = 'OrgUnits1732300000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_units (
        id                   text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,64}$'),
        name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind                 text NOT NULL,
        parent_id            text REFERENCES org_units (id),
        path                 text NOT NULL UNIQUE,
        region_code          text CHECK (region_code ~ '^[0-9]{6}$'),
        active               boolean NOT NULL DEFAULT true,
        deactivated_at       timestamptz,
        deactivation_reason  text,
        credit_code          text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
        ownership            text CHECK (ownership IN ('public', 'non_public')),
        above_scale          boolean,
        industry             text,
        headcount            integer CHECK (headcount >= 0),
        version              integer NOT NULL DEFAULT 1,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT org_units_root_has_no_parent CHECK ((parent_id IS NULL) = (path = '/' || id)),
        CONSTRAINT org_units_enterprise_details CHECK (
          kind <> 'enterprise_union'
          OR (credit_code IS NOT NULL AND ownership IS NOT NULL AND above_scale IS NOT NULL AND headcount IS NOT NULL)),
        CONSTRAINT org_units_deactivation_recorded CHECK (active OR deactivated_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops)`);
    await q.query(`CREATE INDEX org_units_parent_idx ON org_units (parent_id)`);

    await q.query(`
      CREATE TABLE users (
        id               uuid PRIMARY KEY,
        username         text NOT NULL CHECK (username ~ '^[A-Za-z0-9._@-]{3,64}$'),
        display_name     text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
        org_unit_id      text NOT NULL REFERENCES org_units (id),
        roles            text[] NOT NULL CHECK (cardinality(roles) > 0),
        password_hash    text,
        failed_attempts  integer NOT NULL DEFAULT 0,
        locked_until     timestamptz,
        active           boolean NOT NULL DEFAULT true,
        gender           text CHECK (gender IN ('male', 'female')),
        mobile           text UNIQUE CHECK (mobile ~ '^1[3-9][0-9]{9}$'),
        trade            text,
        skill_grade      text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // Usernames are compared without regard to case: 'Wang.Fang' and 'wang.fang' are one account.
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE INDEX users_org_unit_idx ON users (org_unit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE org_units`);
  }
}
