import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FundFigures } from './honour.row';

/** A union's yearly competition funds and their ledger: every statement on `competition_funds` and `fund_entries`. */
@Injectable()
export class CompetitionFundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(unitId: string, year: number): Promise<FundFigures | undefined> {
    const [row]: FundFigures[] = await this.dataSource.query(`SELECT total_fen, spent_fen FROM competition_funds WHERE unit_id = $1 AND year = $2`, [unitId, year]);
    return row;
  }

  /** The fund, created empty if there is none, locked for the rest of the transaction. */
  async lockOrCreate(tx: EntityManager, unit: { id: string; path: string }, year: number): Promise<FundFigures> {
    await tx.query(`INSERT INTO competition_funds (unit_id, year, unit_path, total_fen) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, [unit.id, year, unit.path]);
    const [current]: FundFigures[] = await tx.query(`SELECT total_fen, spent_fen FROM competition_funds WHERE unit_id = $1 AND year = $2 FOR UPDATE`, [unit.id, year]);
    return current;
  }

  async setTotal(tx: EntityManager, unitId: string, year: number, totalFen: number): Promise<void> {
    await tx.query(`UPDATE competition_funds SET total_fen = $3 WHERE unit_id = $1 AND year = $2`, [unitId, year, totalFen]);
  }

  /**
   * Pays a nomination's reward from the fund if it holds it (one conditional UPDATE: the fund is never
   * overdrawn), with its ledger line; false when it does not.
   */
  async pay(tx: EntityManager, nominationId: string, unitId: string, year: number, amountFen: bigint): Promise<boolean> {
    const [charged]: [unknown[], number] = await tx.query(
      `UPDATE competition_funds SET spent_fen = spent_fen + $3 WHERE unit_id = $1 AND year = $2 AND spent_fen + $3 <= total_fen RETURNING spent_fen`,
      [unitId, year, amountFen.toString()],
    );
    if (charged.length === 0) return false;
    await tx.query(`INSERT INTO fund_entries (nomination_id, unit_id, year, amount_fen) VALUES ($1, $2, $3, $4)`, [nominationId, unitId, year, amountFen.toString()]);
    return true;
  }
}
