import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface EnrolledUnit {
  unitId: string;
  orgPath: string;
  unitKind: 'enterprise_union' | 'team';
}

/**
 * Opens one sheet per enrolled unit, pinned to the competition's template version. The unique
 * (competition, unit) makes it once, whether the unit came with the configuration or with a later
 * enrolment event (or both, racing). A unit that enrols again after withdrawing gets its sheet back.
 */
@Injectable()
export class SheetOpener {
  /**
   * Serialises, per competition, the configuration of its assessment with the enrolments and
   * withdrawals its consumer applies (a transaction lock, released at commit).
   */
  async lockCompetition(tx: EntityManager, competitionId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('assessment-competition'), hashtext($1))`, [competitionId]);
  }

  /** The units the consumer recorded, enrolled or withdrawn since; call it holding the competition's lock. */
  async recordedUnits(tx: EntityManager, competitionId: string): Promise<{ enrolled: EnrolledUnit[]; withdrawn: Set<string> }> {
    const rows: { unit_id: string; unit_path: string; unit_kind: EnrolledUnit['unitKind']; withdrawn: boolean }[] = await tx.query(
      `SELECT unit_id, unit_path, unit_kind, withdrawn FROM assessment_enrolled_units WHERE competition_id = $1`,
      [competitionId],
    );
    return {
      enrolled: rows.filter((r) => !r.withdrawn).map((r) => ({ unitId: r.unit_id, orgPath: r.unit_path, unitKind: r.unit_kind })),
      withdrawn: new Set(rows.filter((r) => r.withdrawn).map((r) => r.unit_id)),
    };
  }

  async open(tx: EntityManager, competitionId: string, templateId: string, units: readonly EnrolledUnit[]): Promise<number> {
    if (units.length === 0) return 0;
    const opened: unknown[] = await tx.query(
      `INSERT INTO assessment_sheets (id, competition_id, unit_id, unit_path, unit_kind, template_id, status)
       SELECT u.id, $1, u.unit_id, u.unit_path, u.unit_kind, $2, 'draft'
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) AS u(id, unit_id, unit_path, unit_kind)
       ON CONFLICT ON CONSTRAINT one_sheet_per_unit
       DO UPDATE SET status = 'draft', updated_at = now() WHERE assessment_sheets.status = 'withdrawn'
       RETURNING id`,
      [
        competitionId,
        templateId,
        units.map(() => randomUUID()),
        units.map((u) => u.unitId),
        units.map((u) => u.orgPath),
        units.map((u) => u.unitKind),
      ],
    );
    return opened.length;
  }
}
