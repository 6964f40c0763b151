import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrgDirectory, OrgUnitRef } from '@lc/platform';
import { conferringKinds } from '../catalogue/honour-catalogue';
import { HonourRepository } from '../catalogue/honour.repository';
import { HonourRow, QuotaKey } from '../catalogue/honour.row';
import { NOMINATION_COLUMNS, NominationRow, NominationStatus } from './nomination.row';
import { NominationNotFound, NotConferredAtThisLevel, UnknownHonour } from './nomination.errors';

/** A new nomination, a candidate until submitted. */
export interface NewNomination {
  id: string;
  honourCode: string;
  year: number;
  conferring: { id: string; path: string };
  nominee: { kind: string; id: string; name: string; unitId: string; path: string };
  source: 'manual' | 'hazard';
  material: string | null;
  createdBy: string;
}

/** A candidate put forward by an assessment result or a contest's ranks (优先推荐), by the system. */
export type PriorityCandidate = Pick<NewNomination, 'id' | 'honourCode' | 'year' | 'conferring' | 'nominee'> & { competitionId: string | null; material: string };

/**
 * The nominations' repository: every statement on `nominations` and on what belongs to a nomination,
 * its objections (异议) and, once conferred, its line in `honour_history`.
 */
@Injectable()
export class NominationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly honours: HonourRepository,
  ) {}

  /** An honour and a union at its conferring level (a county honour, a county federation), or 400 naming the field. */
  async honourConferredBy(honourCode: string, unitId: string, fields = { honour: 'honourCode', unit: 'conferringUnitId' }): Promise<{ honour: HonourRow; unit: OrgUnitRef }> {
    const honour = await this.honours.byCode(honourCode);
    if (!honour) throw new UnknownHonour(fields.honour, honourCode);
    const unit = await this.directory.getReferenced(unitId, fields.unit);
    if (!(conferringKinds[honour.conferring_level] as readonly string[]).includes(unit.kind)) {
      throw new NotConferredAtThisLevel(fields.unit, `${honour.name} is conferred at the ${honour.conferring_level} level; ${unit.id} is not at it`, honour.name);
    }
    return { honour, unit };
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<NominationRow> {
    const [row]: NominationRow[] = await manager.query(`SELECT ${lock ? 'n.*' : NOMINATION_COLUMNS} FROM nominations n WHERE n.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NominationNotFound(id); // as noNomination: the same words for an unknown and a hidden one
    return row;
  }

  async create(tx: EntityManager, nomination: NewNomination): Promise<NominationRow> {
    const { nominee, conferring } = nomination;
    const [inserted]: NominationRow[] = await tx.query(
      `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name,
                                  nominee_unit_id, nominee_path, source, material, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'candidate', $13) RETURNING *`,
      [
        nomination.id,
        nomination.honourCode,
        nomination.year,
        conferring.id,
        conferring.path,
        nominee.kind,
        nominee.id,
        nominee.name,
        nominee.unitId,
        nominee.path,
        nomination.source,
        nomination.material,
        nomination.createdBy,
      ],
    );
    return inserted;
  }

  /** A priority candidate (优先推荐) from a passing assessment result: once per result (ON CONFLICT DO NOTHING). */
  async addAssessmentCandidate(tx: EntityManager, c: PriorityCandidate): Promise<void> {
    await tx.query(
      `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id,
                                nominee_path, source, priority, competition_id, material, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $9, 'assessment', true, $10, $11, 'candidate', 'system:awards')
       ON CONFLICT DO NOTHING`,
      [c.id, c.honourCode, c.year, c.conferring.id, c.conferring.path, c.nominee.kind, c.nominee.id, c.nominee.name, c.nominee.path, c.competitionId, c.material],
    );
  }

  /**
   * A priority candidate from a skills contest's top ranks, once per contest and person; the
   * contestant's path is where its unit is now (the given one only for a unit no longer known).
   */
  async addContestCandidate(tx: EntityManager, c: PriorityCandidate & { skillsContestId: string }): Promise<void> {
    await tx.query(
      `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id,
                                nominee_path, source, priority, competition_id, skills_contest_id, material, status, created_by)
       VALUES ($1, $2, $3, $4, $5, 'person', $6, $7, $8, COALESCE((SELECT path FROM org_tree_units WHERE id = $8), $9), 'assessment', true, $10, $11, $12, 'candidate', 'system:awards')
       ON CONFLICT DO NOTHING`,
      [
        c.id,
        c.honourCode,
        c.year,
        c.conferring.id,
        c.conferring.path,
        c.nominee.id,
        c.nominee.name,
        c.nominee.unitId,
        c.nominee.path,
        c.competitionId,
        c.skillsContestId,
        c.material,
      ],
    );
  }

  /** The facts the read rule needs (mayReadNomination), or undefined for no nomination. */
  async readRuleFacts(id: string): Promise<Pick<NominationRow, 'nominee_path' | 'source'> | undefined> {
    const [row]: Pick<NominationRow, 'nominee_path' | 'source'>[] = await this.dataSource.query(`SELECT nominee_path, source FROM nominations WHERE id = $1`, [id]);
    return row;
  }

  /** The nominee's live nomination for the same honour and year (submitted, in publicity or conferred), if any. */
  async liveForNominee(tx: EntityManager, n: Pick<NominationRow, 'honour_code' | 'year' | 'nominee_id'>): Promise<{ status: NominationStatus } | undefined> {
    const [held]: { status: NominationStatus }[] = await tx.query(
      `SELECT status FROM nominations WHERE honour_code = $1 AND year = $2 AND nominee_id = $3 AND status IN ('submitted', 'publicity', 'conferred')`,
      [n.honour_code, n.year, n.nominee_id],
    );
    return held;
  }

  /** Submitted up its approval chain; undefined when the unique index refuses a second live nomination of the nominee. */
  async markSubmitted(tx: EntityManager, id: string, workflowId: string): Promise<NominationRow | undefined> {
    try {
      const [[updated]]: [NominationRow[], number] = await tx.query(
        `UPDATE nominations SET status = 'submitted', approval_workflow_id = $2, status_note = NULL, updated_at = now() WHERE id = $1 RETURNING *`,
        [id, workflowId],
      );
      return updated;
    } catch (err) {
      if ((err as { code?: string }).code === '23505') return undefined;
      throw err;
    }
  }

  async reject(tx: EntityManager, id: string, note: string): Promise<void> {
    await tx.query(`UPDATE nominations SET status = 'rejected', status_note = $2, updated_at = now() WHERE id = $1`, [id, note]);
  }

  /** Approved with no place free: it waits (候补) from now. */
  async waitOverQuota(tx: EntityManager, id: string, note: string): Promise<void> {
    await tx.query(`UPDATE nominations SET status = 'over_quota', waiting_since = now(), status_note = $2, updated_at = now() WHERE id = $1`, [id, note]);
  }

  /** Holding a quota place, in publicity (公示) until `endsAt`. */
  async enterPublicity(tx: EntityManager, id: string, endsAt: Date): Promise<void> {
    await tx.query(`UPDATE nominations SET status = 'publicity', holds_quota = true, publicity_ends_at = $2, status_note = NULL, updated_at = now() WHERE id = $1`, [
      id,
      endsAt,
    ]);
  }

  /** Withdrawn, its quota place given up. */
  async withdraw(tx: EntityManager, id: string, note: string): Promise<void> {
    await tx.query(`UPDATE nominations SET status = 'withdrawn', holds_quota = false, status_note = $2, updated_at = now() WHERE id = $1`, [id, note]);
  }

  /** The first nomination waiting for a place of the quota whose nominee holds no live nomination for it, locked. */
  async firstWaiting(tx: EntityManager, quota: QuotaKey): Promise<NominationRow | undefined> {
    const [first]: NominationRow[] = await tx.query(
      `SELECT n.* FROM nominations n
        WHERE n.honour_code = $1 AND n.conferring_unit_id = $2 AND n.year = $3 AND n.status = 'over_quota'
          AND NOT EXISTS (SELECT 1 FROM nominations live WHERE live.honour_code = n.honour_code AND live.year = n.year
                           AND live.nominee_id = n.nominee_id AND live.status IN ('submitted', 'publicity', 'conferred'))
        ORDER BY n.waiting_since, n.id LIMIT 1 FOR UPDATE`,
      [quota.honour_code, quota.conferring_unit_id, quota.year],
    );
    return first;
  }

  /** The honour enters the nominee's history (once a year: a unique constraint). */
  async recordConferral(tx: EntityManager, n: NominationRow, certificateNo: string, conferredAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO honour_history (nomination_id, honour_code, year, nominee_kind, nominee_id, nominee_name, nominee_path, conferring_unit_id, certificate_no, conferred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [n.id, n.honour_code, n.year, n.nominee_kind, n.nominee_id, n.nominee_name, n.nominee_path, n.conferring_unit_id, certificateNo, conferredAt],
    );
  }

  async markConferred(tx: EntityManager, id: string, note: string | null): Promise<void> {
    await tx.query(`UPDATE nominations SET status = 'conferred', status_note = $2, updated_at = now() WHERE id = $1`, [id, note]);
  }

  /** An objection's status, if the nomination has it. */
  async objectionStatus(nominationId: string, objectionId: string): Promise<string | undefined> {
    const [objection]: { status: string }[] = await this.dataSource.query(`SELECT status FROM objections WHERE id = $1 AND nomination_id = $2`, [objectionId, nominationId]);
    return objection?.status;
  }

  async objectionReason(tx: EntityManager, objectionId: string): Promise<string | undefined> {
    const [objection]: { reason: string }[] = await tx.query(`SELECT reason FROM objections WHERE id = $1`, [objectionId]);
    return objection?.reason;
  }

  /** Stores a pending objection once; false when it is there already. */
  async lodgeObjection(tx: EntityManager, objection: { id: string; nominationId: string; lodgedBy: string; reason: string }): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO objections (id, nomination_id, lodged_by, reason, status) VALUES ($1, $2, $3, $4, 'pending')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [objection.id, objection.nominationId, objection.lodgedBy, objection.reason],
    );
    return inserted.length > 0;
  }

  /** Rules on a pending objection; false when it is not pending (ruled already). */
  async ruleOnObjection(
    tx: EntityManager,
    ruling: { objectionId: string; nominationId: string; status: 'upheld' | 'dismissed'; ruledBy: string; note: string | null },
  ): Promise<boolean> {
    const [updated]: [unknown[], number] = await tx.query(
      `UPDATE objections SET status = $2, ruled_by = $3, ruling_note = $4, ruled_at = now()
        WHERE id = $1 AND nomination_id = $5 AND status = 'pending' RETURNING id`,
      [ruling.objectionId, ruling.status, ruling.ruledBy, ruling.note, ruling.nominationId],
    );
    return updated.length > 0;
  }
}
