import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';

/** Every statement on a union's yearly reward budget (`reward_budgets`) and who set it (`reward_budget_setters`). */
@Injectable()
export class RewardBudgetRepository {
  /**
   * A confirmed report verified by the user whose reward comes, or may still come, from the union's
   * budget of the year: `pending` when its reward is not worked out yet.
   */
  async verifiedReportPaidFrom(
    tx: EntityManager,
    unit: { id: string; path: string },
    year: number,
    verifiedBy: string,
  ): Promise<{ id: string; pending: boolean } | undefined> {
    const [verified]: { id: string; pending: boolean }[] = await tx.query(
      `SELECT r.id, w.id IS NULL AS pending FROM hazard_reports r LEFT JOIN rewards w ON w.report_id = r.id
          WHERE r.verified_by = $3 AND r.status = 'confirmed' AND (r.enterprise_path = $4 OR r.enterprise_path LIKE $5)
            AND ((w.issuing_unit_id = $1 AND w.budget_year = $2)
                 OR (w.id IS NULL AND extract(year FROM r.reported_at AT TIME ZONE 'Asia/Shanghai') = $2))
          LIMIT 1`,
      [unit.id, year, verifiedBy, unit.path, descendantsLikePattern(unit.path)],
    );
    return verified;
  }

  /** The budget of the year, created empty when there is none, locked for its change. */
  async lockOrCreate(tx: EntityManager, unit: { id: string; path: string }, year: number): Promise<{ total_fen: string; committed_fen: string }> {
    await tx.query(`INSERT INTO reward_budgets (issuing_unit_id, year, issuing_path, total_fen) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, [
      unit.id,
      year,
      unit.path,
    ]);
    const [budget]: { total_fen: string; committed_fen: string }[] = await tx.query(
      `SELECT total_fen, committed_fen FROM reward_budgets WHERE issuing_unit_id = $1 AND year = $2 FOR UPDATE`,
      [unit.id, year],
    );
    return budget;
  }

  /** The budget's new total, and the user recorded among those who set it. */
  async setTotal(tx: EntityManager, unitId: string, year: number, totalFen: number, setBy: string): Promise<void> {
    await tx.query(`UPDATE reward_budgets SET total_fen = $3, updated_at = now() WHERE issuing_unit_id = $1 AND year = $2`, [unitId, year, totalFen]);
    await tx.query(`INSERT INTO reward_budget_setters (issuing_unit_id, year, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [unitId, year, setBy]);
  }

  /** Whether the user is among those who set the union's budget of the year. */
  async isSetter(tx: EntityManager, unitId: string, year: number, userId: string): Promise<boolean> {
    const [setter] = await tx.query(`SELECT 1 FROM reward_budget_setters WHERE issuing_unit_id = $1 AND year = $2 AND user_id = $3`, [unitId, year, userId]);
    return setter !== undefined;
  }

  /** The budget a reward is charged to, locked; undefined when the union has none for the year. */
  async lock(tx: EntityManager, unitId: string, year: number): Promise<{ total_fen: string; committed_fen: string } | undefined> {
    const [budget]: { total_fen: string; committed_fen: string }[] = await tx.query(
      `SELECT total_fen, committed_fen FROM reward_budgets WHERE issuing_unit_id = $1 AND year = $2 FOR UPDATE`,
      [unitId, year],
    );
    return budget;
  }

  /** A reward's amount committed from the budget. */
  async commit(tx: EntityManager, unitId: string, year: number, amountFen: string): Promise<void> {
    await tx.query(`UPDATE reward_budgets SET committed_fen = committed_fen + $3, updated_at = now() WHERE issuing_unit_id = $1 AND year = $2`, [
      unitId,
      year,
      amountFen,
    ]);
  }
}
