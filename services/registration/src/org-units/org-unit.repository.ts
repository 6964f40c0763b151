import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { OrgUnitOrmEntity } from './org-unit.orm-entity';

/** Rows per INSERT statement (18 columns each, well under Postgres' 65,535 parameters). */
export const INSERT_CHUNK = 1_000;

/** The tree of units: every statement on `org_units` that changes it, and the tree lock. */
@Injectable()
export class OrgUnitRepository {
  /**
   * Tree changes are few and must not interleave: two concurrent moves could otherwise build a cycle,
   * and a unit created under a parent being moved could get the parent's old path. One transaction
   * at a time keeps every path true; the lock is released at commit.
   */
  async lockTree(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('registration.org-tree'))`);
  }

  /** Inserts new units (parents before children), a chunk of rows per statement. */
  async insertMany(tx: EntityManager, units: OrgUnitOrmEntity[]): Promise<void> {
    // A multi-row INSERT takes one parameter per column and row; Postgres allows 65,535 per statement.
    for (let i = 0; i < units.length; i += INSERT_CHUNK) await tx.insert(OrgUnitOrmEntity, units.slice(i, i + INSERT_CHUNK));
  }

  /** Saves a changed unit with its version bumped; answers it as saved. */
  async saveNewVersion(tx: EntityManager, before: OrgUnitOrmEntity, changed: OrgUnitOrmEntity): Promise<OrgUnitOrmEntity> {
    const after = tx.merge(OrgUnitOrmEntity, changed, { version: before.version + 1, updatedAt: new Date() });
    await tx.save(OrgUnitOrmEntity, after);
    return after;
  }

  /** Rebases the paths of every unit under `oldPath` onto `newPath` (a move). */
  async rebaseDescendants(tx: EntityManager, oldPath: string, newPath: string): Promise<void> {
    await tx.query(`UPDATE org_units SET path = $2 || substr(path, length($1) + 1), updated_at = now() WHERE path LIKE $3`, [
      oldPath,
      newPath,
      descendantsLikePattern(oldPath),
    ]);
  }
}
