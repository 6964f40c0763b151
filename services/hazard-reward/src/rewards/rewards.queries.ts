import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgUnitRef, yuanOf } from '@lc/platform';
import { SubtreeFilter } from '../subtree-query';
import { REWARD_SELECT, RewardStatus, RewardWithReportRow } from './reward.row';

/** The reward lists: read-only SQL across rewards, for the list endpoints. */
@Injectable()
export class RewardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rewards issued by the unit and the unions under it, oldest first, one page of them and how many there are. */
  async issuedUnder(unit: OrgUnitRef, filter: { status?: RewardStatus }, page: { limit: number; offset: number }): Promise<{ rows: RewardWithReportRow[]; total: number }> {
    const where = new SubtreeFilter('w.issuing_path', unit);
    if (filter.status) where.and('w.status = ?', filter.status);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM rewards w WHERE ${where.sql}`, where.params);
    const rows: RewardWithReportRow[] = await this.dataSource.query(
      `${REWARD_SELECT} WHERE ${where.sql} ORDER BY w.created_at, w.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      where.params,
    );
    return { rows, total };
  }

  /** A budget as finance reads it: total, committed to issued rewards, of them paid, left, and what waits for it. */
  async budget(unitId: string, year: number) {
    const [row]: { total_fen: string | null; committed_fen: string | null; paid_fen: string; queued: number; queued_fen: string }[] = await this.dataSource.query(
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
}
