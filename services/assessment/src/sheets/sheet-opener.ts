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
