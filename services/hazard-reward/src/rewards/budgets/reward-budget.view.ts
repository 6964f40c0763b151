import { yuanOf } from '@lc/platform';
import { EntityManager } from 'typeorm';

/** A budget as finance reads it: total, committed to issued rewards, of them paid, left, and what waits for it. */
export async function rewardBudgetView(manager: EntityManager, unitId: string, year: number) {
  const [row]: { total_fen: string | null; committed_fen: string | null; paid_fen: string; queued: number; queued_fen: string }[] = await manager.query(
    `SELECT b.total_fen, b.committed_fen,
            (SELECT coalesce(sum(amount_fen), 0) FROM rewards WHERE status = 'paid' AND issuing_unit_id = $1 AND budget_year = $2) AS paid_fen,
            (SELECT count(*)::int FROM rewards WHERE status = 'queued' AND issuing_unit_id = $1 AND budget_year = $2) AS queued,
            (SELECT coalesce(sum(amount_fen), 0) FROM rewards WHERE status = 'queued' AND issuing_unit_id = $1 AND budget_year = $2) AS queued_fen
       FROM (SELECT 1) AS one LEFT JOIN reward_budgets b ON b.issuing_unit_id = $1 AND b.year = $2`,
    [unitId, year],
  );
  const total = row.total_fen ?? '0';
  const committed = row.committed_fen ?? '0';
  return {
    unitId,
    year,
    set: row.total_fen !== null,
    totalYuan: yuanOf(total),
    committedYuan: yuanOf(committed),
    paidYuan: yuanOf(row.paid_fen),
    leftYuan: yuanOf((BigInt(total) - BigInt(committed)).toString()),
    queued: { count: row.queued, amountYuan: yuanOf(row.queued_fen) },
  };
}
