import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { descendantsLikePattern, idsOfPath } from '@lc/org';
import { SCHEME_SELECT, SchemeRow } from './reward-scheme.view';
import { RewardSchemeNotFound } from '../reward.errors';

/** A scheme's amount for one hazard category and grade. */
export interface SchemeAmount {
  category: string;
  grade: string;
  fen: string | number;
}

/** The scheme that applies to a hazard, with the amount for its category and grade. */
export interface ApplicableScheme {
  id: string;
  issuing_unit_id: string;
  issuing_path: string;
  approval_threshold_fen: string;
  amount_fen: string;
}

/** A scheme's rule as written: its name, period and approval threshold. */
export interface SchemeRule {
  name: string;
  validFrom: string;
  validUntil: string | null;
  approvalThresholdFen: string | number;
}

/** Every statement on the reward schemes (`reward_schemes`, `reward_scheme_amounts`) and the checks made before one is written. */
@Injectable()
export class RewardSchemeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<SchemeRow> {
    const [row]: SchemeRow[] = await manager.query(`${SCHEME_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new RewardSchemeNotFound(id);
    return row;
  }

  /** The schemes of the unit at `unitPath` and of the unions above it, nearest union first, newest period first. */
  ofLineAbove(unitPath: string): Promise<SchemeRow[]> {
    return this.dataSource.query(`${SCHEME_SELECT} WHERE s.issuing_unit_id = ANY($1::text[]) ORDER BY length(s.issuing_path) DESC, s.valid_from DESC`, [
      idsOfPath(unitPath),
    ]);
  }

  /**
   * The reward rule that applies to a hazard: among the schemes of the enterprise's own union and the
   * unions above it, valid on the day of the report, the nearest one (a county's own measure overrides
   * the city's), with the amount for the hazard's category and grade.
   */
  async applicable(tx: EntityManager, enterprisePath: string, day: string, category: HazardCategory, grade: HazardGrade): Promise<ApplicableScheme | undefined> {
    const rows: ApplicableScheme[] = await tx.query(
      `SELECT s.id, s.issuing_unit_id, s.issuing_path, s.approval_threshold_fen, a.amount_fen
         FROM reward_schemes s JOIN reward_scheme_amounts a ON a.scheme_id = s.id AND a.category = $3 AND a.grade = $4
        WHERE s.issuing_unit_id = ANY($1::text[]) AND s.valid_from <= $2::date AND (s.valid_until IS NULL OR s.valid_until >= $2::date)
        ORDER BY length(s.issuing_path) DESC LIMIT 1`,
      [idsOfPath(enterprisePath), day, category, grade],
    );
    return rows[0];
  }

  /** Who set the scheme a report of the unit at `unitPath` on `day` is paid from: the nearest valid that day (as `applicable` picks). */
  async creatorOfApplicable(tx: EntityManager, unitPath: string, day: string): Promise<{ name: string; issuing_unit_id: string; created_by: string } | undefined> {
    const [scheme]: { name: string; issuing_unit_id: string; created_by: string }[] = await tx.query(
      `SELECT name, issuing_unit_id, created_by FROM reward_schemes
        WHERE issuing_unit_id = ANY($1::text[]) AND valid_from <= $2::date AND (valid_until IS NULL OR valid_until >= $2::date)
        ORDER BY length(issuing_path) DESC LIMIT 1`,
      [idsOfPath(unitPath), day],
    );
    return scheme;
  }

  /** The union's schemes are written one at a time, until the transaction ends. */
  async lockUnion(tx: EntityManager, unitId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reward-schemes:' || $1))`, [unitId]);
  }

  async lock(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`SELECT 1 FROM reward_schemes WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Another scheme of the union whose period meets the one given. */
  async overlapping(
    tx: EntityManager,
    unitId: string,
    period: { validFrom: string; validUntil?: string | null },
    exceptSchemeId: string | null,
  ): Promise<{ id: string; name: string; valid_from: string; valid_until: string | null } | undefined> {
    const [overlap]: { id: string; name: string; valid_from: string; valid_until: string | null }[] = await tx.query(
      `SELECT id, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
       FROM reward_schemes WHERE issuing_unit_id = $1 AND valid_from <= coalesce($3::date, 'infinity') AND coalesce(valid_until, 'infinity') >= $2::date
        AND ($4::uuid IS NULL OR id <> $4::uuid)
      LIMIT 1`,
      [unitId, period.validFrom, period.validUntil ?? null, exceptSchemeId],
    );
    return overlap;
  }

  /** A confirmed report under the union, verified by the user, whose reward is not worked out yet. */
  async confirmedWithoutReward(tx: EntityManager, verifiedBy: string, unitPath: string): Promise<{ id: string } | undefined> {
    const [pending]: { id: string }[] = await tx.query(
      `SELECT r.id FROM hazard_reports r
      WHERE r.verified_by = $1 AND r.status = 'confirmed' AND (r.enterprise_path = $2 OR r.enterprise_path LIKE $3)
        AND NOT EXISTS (SELECT 1 FROM rewards w WHERE w.report_id = r.id)
      LIMIT 1`,
      [verifiedBy, unitPath, descendantsLikePattern(unitPath)],
    );
    return pending;
  }

  /** How many rewards were worked out from the scheme, and the first and last day of the reports they rewarded. */
  async usage(tx: EntityManager, id: string): Promise<{ count: number; first_day: string | null; last_day: string | null }> {
    const [used]: { count: number; first_day: string | null; last_day: string | null }[] = await tx.query(
      `SELECT count(*)::int AS count,
                to_char(min(r.reported_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS first_day,
                to_char(max(r.reported_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS last_day
           FROM rewards w JOIN hazard_reports r ON r.id = w.report_id WHERE w.scheme_id = $1`,
      [id],
    );
    return used;
  }

  async create(tx: EntityManager, id: string, unit: { id: string; path: string }, rule: SchemeRule, amounts: readonly SchemeAmount[], createdBy: string): Promise<void> {
    await tx.query(
      `INSERT INTO reward_schemes (id, issuing_unit_id, issuing_path, name, valid_from, valid_until, approval_threshold_fen, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, unit.id, unit.path, rule.name, rule.validFrom, rule.validUntil, rule.approvalThresholdFen, createdBy],
    );
    await tx.query(
      `INSERT INTO reward_scheme_amounts (scheme_id, category, grade, amount_fen)
         SELECT $1, a.c, a.g, a.f FROM unnest($2::text[], $3::text[], $4::bigint[]) AS a(c, g, f)`,
      [id, amounts.map((a) => a.category), amounts.map((a) => a.grade), amounts.map((a) => a.fen)],
    );
  }

  async correct(tx: EntityManager, id: string, rule: SchemeRule, amounts: readonly SchemeAmount[]): Promise<void> {
    await tx.query(`UPDATE reward_schemes SET name = $2, valid_from = $3, valid_until = $4, approval_threshold_fen = $5 WHERE id = $1`, [
      id,
      rule.name,
      rule.validFrom,
      rule.validUntil,
      rule.approvalThresholdFen,
    ]);
    await tx.query(
      `UPDATE reward_scheme_amounts a SET amount_fen = n.f FROM unnest($2::text[], $3::text[], $4::bigint[]) AS n(c, g, f)
          WHERE a.scheme_id = $1 AND a.category = n.c AND a.grade = n.g`,
      [id, amounts.map((a) => a.category), amounts.map((a) => a.grade), amounts.map((a) => a.fen)],
    );
  }
}
