import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { idsOfPath } from '@lc/org';

export interface ApplicableScheme {
  id: string;
  issuing_unit_id: string;
  issuing_path: string;
  approval_threshold_fen: string;
  amount_fen: string;
}

/**
 * The reward rule that applies to a hazard: among the schemes of the enterprise's own union and the
 * unions above it, valid on the day of the report, the nearest one (a county's own measure overrides
 * the city's), with the amount for the hazard's category and grade.
 */
@Injectable()
export class RewardSchemeFinder {
  async find(tx: EntityManager, enterprisePath: string, day: string, category: HazardCategory, grade: HazardGrade): Promise<ApplicableScheme | undefined> {
    const rows: ApplicableScheme[] = await tx.query(
      `SELECT s.id, s.issuing_unit_id, s.issuing_path, s.approval_threshold_fen, a.amount_fen
         FROM reward_schemes s JOIN reward_scheme_amounts a ON a.scheme_id = s.id AND a.category = $3 AND a.grade = $4
        WHERE s.issuing_unit_id = ANY($1::text[]) AND s.valid_from <= $2::date AND (s.valid_until IS NULL OR s.valid_until >= $2::date)
        ORDER BY length(s.issuing_path) DESC LIMIT 1`,
      [idsOfPath(enterprisePath), day, category, grade],
    );
    return rows[0];
  }
}
